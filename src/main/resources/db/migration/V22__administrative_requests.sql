-- A billing request may dispute the provisioning fee of a MACD case: the fee names the request.
alter table billing_entry add column disputed_in varchar(16);

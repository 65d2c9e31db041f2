-- The management escalation path of each organization: the edition of its support plan names who is called
-- at each level (CALLTOWER_EN, CALLTOWER_ES, CIRION: rows of processes/escalation-contacts.dmn). Organizations
-- on the severity plan keep the Cirion path; every other organization keeps the path it escalated on before.
alter table organization add column escalation_path varchar(32);
update organization set escalation_path = case sla_plan when 'SEVERITY_MATRIX' then 'CIRION' else 'CALLTOWER_ES' end;
alter table organization alter column escalation_path set not null;

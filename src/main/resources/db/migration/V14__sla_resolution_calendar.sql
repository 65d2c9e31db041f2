-- A row of SlaTargets may count its resolution target on a calendar of its own (expedited MACD: one
-- business day of extended hours, while its first response runs around the clock). Null: the row's calendar.
alter table sla_case add column resolution_calendar varchar(64);

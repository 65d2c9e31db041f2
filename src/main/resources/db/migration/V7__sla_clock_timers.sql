-- Warnings and ETRs of SLA clocks.
alter table sla_clock add column target_seconds bigint;
alter table sla_clock add column warn_at timestamp with time zone;
alter table sla_case add column etr timestamp with time zone;

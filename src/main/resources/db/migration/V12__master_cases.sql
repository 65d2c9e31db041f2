-- Master cases (P1G) span organizations; they belong to this organization, which stands for all customers.
-- Its calendar and plan give the master cases' SLA clocks and escalation path.
insert into organization (code, name, locale, time_zone, sla_plan, calendar)
values ('GLOBAL', 'All customers (master cases)', 'en-US', 'America/Denver', 'PRIORITY_MATRIX', 'business-mt');

-- The hierarchical escalation level of each escalated case (0 = not escalated).
create table case_escalation (
    case_number varchar(20)              not null primary key,
    level       integer                  not null,
    raised_at   timestamp with time zone not null,
    version     bigint                   not null
);

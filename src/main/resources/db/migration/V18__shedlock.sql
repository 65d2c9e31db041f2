-- Scheduled work that one node at a time may do, such as reading the support mailbox (ShedLock).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

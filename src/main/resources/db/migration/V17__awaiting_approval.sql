-- A case waiting for an MPOC's approval waits for that decision alone: comments meanwhile do not end the wait.
alter table support_case add column awaiting_approval boolean default false not null;

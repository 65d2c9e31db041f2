-- Case search: words occur anywhere in the subject, description or a comment (lower(x) like '%word%').
-- Trigram indexes keep that from reading every case. pg_trgm is a trusted extension: the database owner may
-- create it; where the role may not, search still works, only without these indexes.
do $$
begin
    create extension if not exists pg_trgm;
exception when insufficient_privilege then
    raise notice 'pg_trgm is not available to this role: case search runs without trigram indexes';
end
$$;

do $$
begin
    if exists (select from pg_extension where extname = 'pg_trgm') then
        create index support_case_subject_trgm on support_case using gin (lower(subject) gin_trgm_ops);
        create index support_case_description_trgm on support_case using gin (lower(description) gin_trgm_ops);
        create index case_comment_body_trgm on case_comment using gin (lower(body) gin_trgm_ops);
    end if;
end
$$;

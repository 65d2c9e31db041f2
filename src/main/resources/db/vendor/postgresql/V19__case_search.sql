-- Case search: words occur anywhere in the subject, description or a comment (lower(x) like '%word%').
-- Trigram indexes keep that from reading every case. pg_trgm is a trusted extension: the database owner may
-- create it; where the role may not, search still works, only without these indexes. The extension may live in
-- another schema than Casedesk's tables (it exists once per database), so its operator class is named with it.
do $$
begin
    create extension if not exists pg_trgm;
exception when insufficient_privilege then
    raise notice 'pg_trgm is not available to this role: case search runs without trigram indexes';
end
$$;

do $$
declare
    trgm_schema name;
begin
    select n.nspname into trgm_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
    if trgm_schema is not null then
        execute format('create index support_case_subject_trgm on support_case using gin (lower(subject) %I.gin_trgm_ops)',
                       trgm_schema);
        execute format('create index support_case_description_trgm on support_case using gin (lower(description) %I.gin_trgm_ops)',
                       trgm_schema);
        execute format('create index case_comment_body_trgm on case_comment using gin (lower(body) %I.gin_trgm_ops)',
                       trgm_schema);
    end if;
end
$$;

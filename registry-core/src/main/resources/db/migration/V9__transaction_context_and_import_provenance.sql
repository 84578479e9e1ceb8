-- Manhal schema, part 9: one transaction context for every audit trail, and the import a well
-- came from.
--
-- 1. The writer binds three settings to its transaction, always together and always through
--    org.manhal.audit.TransactionContext: manhal.actor (who), manhal.reason (why, optional) and
--    manhal.request_id (which request or job, optional). The triggers read them through the three
--    functions below, so that no trigger spells the setting names or their fallbacks itself.
create function audit_actor() returns text
language sql stable as $$ select coalesce(nullif(current_setting('manhal.actor', true), ''), current_user) $$;

create function audit_reason() returns text
language sql stable as $$ select nullif(current_setting('manhal.reason', true), '') $$;

create function audit_request_id() returns text
language sql stable as $$ select nullif(current_setting('manhal.request_id', true), '') $$;

alter table well_history add column request_id text;
alter table spacing_rule_audit add column reason text, add column request_id text;

create or replace function well_history_on_insert() returns trigger
language plpgsql as $$
begin
    insert into well_history (well_id, version, action, changed_by, reason, request_id, new_values)
    select n.id, n.version, 'REGISTERED', audit_actor(), audit_reason(), audit_request_id(), well_json(n)
      from new_rows n;
    return null;
end
$$;

-- A deletion's reason is the well's own (it stays on the row); any other change takes the
-- context's.
create or replace function well_history_on_update() returns trigger
language plpgsql as $$
begin
    insert into well_history (well_id, version, action, changed_by, reason, request_id, old_values, new_values)
    select n.id, n.version,
           case when o.deleted_at is null and n.deleted_at is not null then 'DELETED' else 'UPDATED' end,
           audit_actor(),
           case when o.deleted_at is null and n.deleted_at is not null then n.deletion_reason else audit_reason() end,
           audit_request_id(),
           jsonb_changed(well_json(n), well_json(o)),
           jsonb_changed(well_json(o), well_json(n))
      from new_rows n join old_rows o on o.id = n.id
     where well_json(n) is distinct from well_json(o);
    return null;
end
$$;

create or replace function spacing_rule_audit_on_change() returns trigger
language plpgsql as $$
begin
    insert into spacing_rule_audit (rule_id, action, version, changed_by, reason, request_id, old_values, new_values)
    values (new.id, case tg_op when 'INSERT' then 'CREATED' else 'UPDATED' end, new.version,
            audit_actor(), audit_reason(), audit_request_id(),
            case tg_op when 'UPDATE' then to_jsonb(old) - 'updated_at' end,
            to_jsonb(new) - 'updated_at');
    update spacing_rule_set set version = version + 1 where id = 1;
    return null;
end
$$;

-- 2. The import job that registered a well (null for any other way in): the spacing findings of
--    an import are recorded in one pass over its wells after it commits.
alter table well add column import_job_id uuid; -- no foreign key: the registry does not depend on the jobs table
create index well_import_job_idx on well (import_job_id) where import_job_id is not null;

-- well_json gets the new column in V11, which redefines it once for both of its new columns.

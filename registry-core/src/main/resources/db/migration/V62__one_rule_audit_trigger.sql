-- Manhal schema, part 62: one audit trigger for every kind of rule kept as data (the spacing
-- rules of V5/V9, the zone rules of V20). Both wrote the same row shape (who, when, why, in which
-- request, the row before and after) and raised their set's version; one function now does it,
-- told by the trigger's arguments where:
--   tg_argv[0] the audit table, [1] its column naming the rule, [2] the rule table's key column,
--   [3] the one-row table holding the set's version.
-- Rule changes are rare (an admin's edit, the seed at start), so the dynamic SQL costs nothing
-- that matters.
create function rule_audit_on_change() returns trigger
language plpgsql as $$
begin
    execute format('insert into %I (%I, action, version, changed_by, reason, request_id, old_values, new_values)
                    values ($1, $2, $3, audit_actor(), audit_reason(), audit_request_id(), $4, $5)',
                   tg_argv[0], tg_argv[1])
        using to_jsonb(new) ->> tg_argv[2],
              case tg_op when 'INSERT' then 'CREATED' else 'UPDATED' end,
              new.version,
              case tg_op when 'UPDATE' then to_jsonb(old) - 'updated_at' end,
              to_jsonb(new) - 'updated_at';
    execute format('update %I set version = version + 1 where id = 1', tg_argv[3]);
    return null;
end
$$;

drop trigger spacing_rule_audit on spacing_rule;
create trigger spacing_rule_audit after insert or update on spacing_rule
    for each row execute function rule_audit_on_change('spacing_rule_audit', 'rule_id', 'id', 'spacing_rule_set');
drop function spacing_rule_audit_on_change();

drop trigger zone_rule_audit on zone_rule;
create trigger zone_rule_audit after insert or update on zone_rule
    for each row execute function rule_audit_on_change('zone_rule_audit', 'zone_code', 'code', 'zone_rule_set');
drop function zone_rule_audit_on_change();

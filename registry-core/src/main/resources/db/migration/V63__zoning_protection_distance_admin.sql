-- Manhal schema, part 63: the protection distances of the zoning check (V20) become data with an
-- audited administration, like the zone rules: a version for optimistic changes, who changed it
-- last, and every change in an audit table written by the one rule-audit trigger (V62). A change
-- raises the zone rule set's version too, since a zoning verdict names the set it was computed with.
alter table zoning_protection_distance
    add column version bigint not null default 0,
    add column updated_at timestamptz not null default now(),
    add column updated_by text not null default 'V20 defaults';

create table zoning_protection_distance_audit (
    id           bigserial primary key,
    target_kind  text not null,
    action       text not null check (action in ('CREATED', 'UPDATED')),
    version      bigint not null,
    changed_at   timestamptz not null default now(),
    changed_by   text not null,
    reason       text,
    request_id   text,
    old_values   jsonb,
    new_values   jsonb not null
);
create index zoning_protection_distance_audit_kind_idx on zoning_protection_distance_audit (target_kind, id);

create trigger zoning_protection_distance_audit after insert or update on zoning_protection_distance
    for each row execute function rule_audit_on_change('zoning_protection_distance_audit', 'target_kind', 'target_kind', 'zone_rule_set');

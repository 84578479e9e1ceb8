-- Manhal schema, part 5: the well-spacing and protection-zone rules engine (org.manhal.spacing):
-- the reference layers a new well keeps its distance from, the rules as data with their audit
-- trail, and the findings recorded for inventory registrations and permits.
-- Geometries in EPSG:4326 (lon/lat); distances are geodesic on WGS 84 and computed in Java
-- (org.manhal.rules.GeodesicDistance), never with a geography cast here: the cast defeats the
-- GiST index (0.8–1.2 s instead of 0.2 ms on 1M wells).

-- Point, line or polygon features a well must keep its distance from. The kinds are
-- org.manhal.rules.FeatureKind's non-zone kinds.
create table protected_feature (
    id          bigserial primary key,
    kind        text not null check (kind in ('FALAJ_MOTHER_WELL', 'FALAJ_CHANNEL', 'PUBLIC_SUPPLY_WELL',
                                              'SEPTIC_TANK', 'SEWAGE_PLANT', 'LANDFILL', 'FUEL_STATION')),
    name_en     text,
    name_ar     text,
    geom        geometry(Geometry, 4326) not null check (not ST_IsEmpty(geom) and ST_IsValid(geom)),
    is_sample   boolean not null default false,   -- invented or approximate: never a basis for a decision
    source      text not null,
    created_at  timestamptz not null default now()
);
create index protected_feature_geom_gix on protected_feature using gist (geom);
-- The check asks for each kind within its own radius (3.5 km for a falaj, 15 m for a septic
-- tank): one partial index per kind keeps a dense kind (septic tanks) out of a wide search.
create index protected_feature_falaj_mother_well_gix on protected_feature using gist (geom) where kind = 'FALAJ_MOTHER_WELL';
create index protected_feature_falaj_channel_gix on protected_feature using gist (geom) where kind = 'FALAJ_CHANNEL';
create index protected_feature_public_supply_well_gix on protected_feature using gist (geom) where kind = 'PUBLIC_SUPPLY_WELL';
create index protected_feature_septic_tank_gix on protected_feature using gist (geom) where kind = 'SEPTIC_TANK';
create index protected_feature_sewage_plant_gix on protected_feature using gist (geom) where kind = 'SEWAGE_PLANT';
create index protected_feature_landfill_gix on protected_feature using gist (geom) where kind = 'LANDFILL';
create index protected_feature_fuel_station_gix on protected_feature using gist (geom) where kind = 'FUEL_STATION';

-- Zones a well must not lie in. kind is the regime (no new wells, replacement only, study
-- required) or the well-field protection zone class (red, orange): FeatureKind's zone kinds.
create table restricted_zone (
    id          bigserial primary key,
    kind        text not null check (kind in ('WPZ_RED', 'WPZ_ORANGE', 'NO_NEW_WELLS_ZONE',
                                              'REPLACEMENT_ONLY_ZONE', 'STUDY_REQUIRED_ZONE')),
    name_en     text,
    name_ar     text,
    geom        geometry(MultiPolygon, 4326) not null check (not ST_IsEmpty(geom) and ST_IsValid(geom)),
    is_sample   boolean not null default false,
    source      text not null,
    created_at  timestamptz not null default now()
);
create index restricted_zone_geom_gix on restricted_zone using gist (geom);

-- The rules, one column per component of org.manhal.rules.SpacingRule. Seeded from
-- org.manhal.rules.OmanDefaultRules by org.manhal.spacing.SpacingRules.seedIfEmpty (Java is the
-- single source of the default set; this migration holds no rule).
create table spacing_rule (
    id                    text primary key,
    application_types     text[] not null check (cardinality(application_types) > 0),
    well_uses             text[] not null default '{}',     -- empty: every use
    exempt_uses           text[] not null default '{}',
    yield_min_m3_per_day  double precision,                 -- inclusive, null: open
    yield_max_m3_per_day  double precision,                 -- exclusive, null: open
    target_kind           text not null,
    operator              text not null check (operator in ('MIN_DISTANCE', 'NOT_INSIDE')),
    distance_m            numeric(12, 2),                   -- null for NOT_INSIDE
    outcome               text not null check (outcome in ('REJECT', 'NEEDS_REVIEW', 'WARN')),
    legal_reference       text not null,
    message_ar            text not null,
    message_en            text not null,
    configurable_default  boolean not null default false,   -- the number is not from an Omani source
    enabled               boolean not null default true,
    updated_at            timestamptz not null default now(),
    updated_by            text not null,
    version               bigint not null default 0,
    check ((operator = 'MIN_DISTANCE') = (distance_m is not null))
);

-- One number for the whole rule set, raised by every change: a service instance compares it with
-- the set it holds in memory, and every recorded finding names the set it was computed with.
create table spacing_rule_set (
    id       int primary key check (id = 1),
    version  bigint not null
);
insert into spacing_rule_set values (1, 0);

-- Every change to a rule: who, when, the old and new values.
create table spacing_rule_audit (
    id          bigserial primary key,
    rule_id     text not null,
    action      text not null check (action in ('CREATED', 'UPDATED')),
    version     bigint not null,
    changed_at  timestamptz not null default now(),
    changed_by  text not null,
    old_values  jsonb,
    new_values  jsonb not null
);
create index spacing_rule_audit_rule_idx on spacing_rule_audit (rule_id, id);

-- Written by a trigger, like the well history, so that every way a rule changes is audited.
-- The writer names itself with: select set_config('manhal.actor', '<who>', true).
create function spacing_rule_audit_on_change() returns trigger
language plpgsql as $$
begin
    insert into spacing_rule_audit (rule_id, action, version, changed_by, old_values, new_values)
    values (new.id, case tg_op when 'INSERT' then 'CREATED' else 'UPDATED' end, new.version,
            coalesce(nullif(current_setting('manhal.actor', true), ''), current_user),
            case tg_op when 'UPDATE' then to_jsonb(old) - 'updated_at' end,
            to_jsonb(new) - 'updated_at');
    update spacing_rule_set set version = version + 1 where id = 1;
    return null;
end
$$;

create trigger spacing_rule_audit after insert or update on spacing_rule
    for each row execute function spacing_rule_audit_on_change();

-- The findings of a check recorded with a well: for an inventory registration (which they never
-- block) and for a permit (the verdict it was granted on). findings is the list of the verdict
-- JSON contract, geometry as WKT in EPSG:4326; truncated lists the rules with unlisted findings.
create table well_finding (
    id                bigserial primary key,
    well_id           bigint not null references well (id),
    application_type  text not null,
    verdict           text not null check (verdict in ('PASS', 'FAIL', 'NEEDS_REVIEW')),
    findings          jsonb not null,
    truncated         jsonb not null default '[]'::jsonb,
    rule_set_version  bigint not null,
    checked_at        timestamptz not null default now()
);
create index well_finding_well_idx on well_finding (well_id, id);

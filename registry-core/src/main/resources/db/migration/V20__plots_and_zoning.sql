-- Manhal schema, part 20: plots (cadastral parcels) and zoning (org.manhal.plot, org.manhal.zoning).
-- Geometries in EPSG:4326 (lon/lat); areas and setbacks are computed in UTM 40N (EPSG:32640), 39N
-- (EPSG:32639) west of 54°E, in Java on geometries PostGIS/PROJ projected (ST_Transform).

-- A cadastral parcel. The plot number is unique within its wilayat only. area_m2 is the UTM area
-- when the plot was written (the check recomputes it from the polygon). street_frontage holds the
-- boundary lines that face a street, when the land registry knows them; null: not known.
create table plot (
    id               bigserial primary key,
    wilayat_code     text not null references admin_area (code),
    plot_number      text not null check (plot_number ~ '^[0-9A-Za-z._-]{1,40}$'),  -- no '/': a path segment of /api/plots/{wilayat}/{plotNumber}
    geom             geometry(Polygon, 4326) not null check (not ST_IsEmpty(geom) and ST_IsValid(geom)),
    area_m2          numeric(14, 2) not null check (area_m2 > 0),
    street_frontage  geometry(MultiLineString, 4326) check (street_frontage is null or not ST_IsEmpty(street_frontage)),
    is_sample        boolean not null default false,   -- invented: never a basis for a decision
    source           text not null,
    created_at       timestamptz not null default now(),
    unique (wilayat_code, plot_number)
);
create index plot_geom_gix on plot using gist (geom);

-- The owner of a plot: personal data, in its own table so that no list of plots can carry it and
-- the security layer has one relation to guard.
create table plot_owner (
    plot_id   bigint primary key references plot (id) on delete cascade,
    name      text not null,
    civil_id  text
);

-- The rule of a zone code, one column per parameter of org.manhal.zoning.ZoneRule. A null limit
-- means the zone sets none. Uses are org.manhal.zoning.BuildingUse codes: permitted, conditional
-- (a reviewer decides), anything else refused.
create table zone_rule (
    code                 text primary key check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,19}$'),
    name_ar              text not null,
    name_en              text not null,
    permitted_uses       text[] not null default '{}',
    conditional_uses     text[] not null default '{}',
    max_coverage_pct     numeric(5, 2) check (max_coverage_pct > 0 and max_coverage_pct <= 100),
    max_far              numeric(6, 2) check (max_far > 0),
    max_floors           int check (max_floors > 0),
    max_height_m         numeric(6, 2) check (max_height_m > 0),
    setback_front_m      numeric(6, 2) not null default 0 check (setback_front_m >= 0),
    setback_side_m       numeric(6, 2) not null default 0 check (setback_side_m >= 0),
    setback_rear_m       numeric(6, 2) not null default 0 check (setback_rear_m >= 0),
    min_plot_area_m2     numeric(12, 2) check (min_plot_area_m2 > 0),
    legal_reference      text not null,
    is_sample            boolean not null default false,  -- invented parameters (Oman's are not published)
    enabled              boolean not null default true,
    updated_at           timestamptz not null default now(),
    updated_by           text not null,
    version              bigint not null default 0,
    check (not (permitted_uses && conditional_uses))
);

-- A zoning polygon under one zone code. Zones of a plan do not overlap; a plot may still straddle
-- a zone line (the check then applies the strictest rule of the zones it lies in, and says so).
create table zone (
    id          bigserial primary key,
    code        text not null references zone_rule (code),
    label       text,                                  -- e.g. the plan sheet or block
    geom        geometry(MultiPolygon, 4326) not null check (not ST_IsEmpty(geom) and ST_IsValid(geom)),
    is_sample   boolean not null default false,
    source      text not null,
    created_at  timestamptz not null default now()
);
create index zone_geom_gix on zone using gist (geom);
create index zone_code_idx on zone (code);

-- One number for all zone rules, raised by every change: instances compare it with the rules they
-- hold in memory, and a verdict names the set it was computed with.
create table zone_rule_set (
    id       int primary key check (id = 1),
    version  bigint not null
);
insert into zone_rule_set values (1, 0);

-- Every change to a zone rule: who, when, why, in which request, the old and new values.
create table zone_rule_audit (
    id          bigserial primary key,
    zone_code   text not null,
    action      text not null check (action in ('CREATED', 'UPDATED')),
    version     bigint not null,
    changed_at  timestamptz not null default now(),
    changed_by  text not null,
    reason      text,
    request_id  text,
    old_values  jsonb,
    new_values  jsonb not null
);
create index zone_rule_audit_code_idx on zone_rule_audit (zone_code, id);

-- A trigger, as for the spacing rules, so that every way a rule changes (API, loader, SQL) is
-- audited with the transaction context (V9).
create function zone_rule_audit_on_change() returns trigger
language plpgsql as $$
begin
    insert into zone_rule_audit (zone_code, action, version, changed_by, reason, request_id, old_values, new_values)
    values (new.code, case tg_op when 'INSERT' then 'CREATED' else 'UPDATED' end, new.version,
            audit_actor(), audit_reason(), audit_request_id(),
            case tg_op when 'UPDATE' then to_jsonb(old) - 'updated_at' end,
            to_jsonb(new) - 'updated_at');
    update zone_rule_set set version = version + 1 where id = 1;
    return null;
end
$$;

create trigger zone_rule_audit after insert or update on zone_rule
    for each row execute function zone_rule_audit_on_change();

-- How far a building keeps from a protected feature of the spacing layers (V5). Oman's figures
-- for buildings were not found in the sources (research/domain.md §7): these are configurable
-- defaults, each flagged NEEDS_REVIEW, never a refusal on their own.
create table zoning_protection_distance (
    target_kind      text primary key check (target_kind in ('FALAJ_MOTHER_WELL', 'FALAJ_CHANNEL', 'PUBLIC_SUPPLY_WELL')),
    distance_m       numeric(8, 2) not null check (distance_m > 0),
    outcome          text not null check (outcome in ('REJECT', 'NEEDS_REVIEW', 'WARN')),
    legal_reference  text not null
);
insert into zoning_protection_distance values
    ('FALAJ_MOTHER_WELL', 50, 'NEEDS_REVIEW', 'Configurable default (no Omani figure for buildings found); harim of the falaj, RD 29/2000'),
    ('FALAJ_CHANNEL', 10, 'NEEDS_REVIEW', 'Configurable default (no Omani figure for buildings found); harim of the falaj channel, RD 29/2000'),
    ('PUBLIC_SUPPLY_WELL', 50, 'NEEDS_REVIEW', 'Configurable default (no Omani figure for buildings found); sanitary protection of a drinking-water well');

-- Manhal schema, part 1: administrative areas and the well registry.
-- Every geometry is stored in EPSG:4326 (WGS 84 lon/lat); metric work names its own CRS.

create extension if not exists postgis;

-- Oman (COUNTRY), its 11 governorates and its wilayats.
create table admin_area (
    id         bigserial primary key,
    level      text not null check (level in ('COUNTRY', 'GOVERNORATE', 'WILAYAT')),
    code       text not null unique,          -- 'OM', ISO 3166-2 ('OM-MA'), or 'OM-MA-SEB' for a wilayat
    parent_id  bigint references admin_area (id),
    name_en    text not null,
    name_ar    text not null,
    geom       geometry(MultiPolygon, 4326) not null
);
create index admin_area_geom_gix on admin_area using gist (geom);

-- The same areas cut into pieces of at most 64 vertices: point-in-polygon against a 10,000-vertex
-- wilayat costs milliseconds, against its subdivided pieces microseconds.
create table admin_area_part (
    area_id  bigint not null references admin_area (id) on delete cascade,
    level    text not null,
    geom     geometry(Polygon, 4326) not null
);
create index admin_area_part_geom_gix on admin_area_part using gist (geom);

-- Registry numbers are stable and human readable: W-<governorate>-<year>-<serial>, the serial
-- counted per governorate and year.
create table registry_counter (
    governorate_code text not null,
    year             int  not null,
    last_value       int  not null,
    primary key (governorate_code, year)
);

create function next_registry_number(p_governorate_code text, p_year int) returns text
language sql as $$
    insert into registry_counter as c (governorate_code, year, last_value)
    values (p_governorate_code, p_year, 1)
    on conflict (governorate_code, year) do update set last_value = c.last_value + 1
    returning 'W-' || substr(p_governorate_code, 4) || '-' || p_year || '-' || lpad(last_value::text, 6, '0')
$$;

-- The wilayat of a point. The wilayat polygons have slivers and small overlaps: a point inside two
-- goes to the one containing it most centrally (farthest from that wilayat's boundary), a point
-- inside none (a sliver, or the coast line's 1 m rounding) to the nearest wilayat.
create function wilayat_of(p geometry) returns bigint
language plpgsql stable parallel safe as $$
declare
    hits bigint[];
begin
    select array_agg(distinct area_id) into hits
      from admin_area_part
     where level = 'WILAYAT' and ST_Intersects(geom, p);
    if cardinality(hits) = 1 then
        return hits[1];
    elsif cardinality(hits) > 1 then
        return (select a.id from admin_area a where a.id = any (hits)
                 order by ST_Distance(ST_Boundary(a.geom), p) desc, a.id limit 1);
    end if;
    return (select a.id from admin_area a where a.level = 'WILAYAT' order by a.geom <-> p, a.id limit 1);
end
$$;

create table well (
    id                 bigserial primary key,
    registry_number    text not null unique,
    geom               geometry(Point, 4326) not null,
    type               text not null,
    use                text not null,
    status             text not null,
    depth_m            double precision,
    diameter_mm        double precision,
    yield_m3_per_day   double precision,
    owner_name         text,
    owner_civil_id     text,
    wilayat_id         bigint references admin_area (id),
    governorate_id     bigint references admin_area (id),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            bigint not null default 0,
    deleted_at         timestamptz,
    deletion_reason    text
);
create index well_geom_gix on well using gist (geom);
create index well_wilayat_idx on well (wilayat_id);
create index well_use_status_idx on well (use, status);

-- Every change to a well: who, when, what (old and new values as JSON).
create table well_history (
    id          bigserial primary key,
    well_id     bigint not null references well (id),
    version     bigint not null,
    action      text not null check (action in ('REGISTERED', 'UPDATED', 'DELETED')),
    changed_at  timestamptz not null default now(),
    changed_by  text not null,
    reason      text,
    old_values  jsonb,
    new_values  jsonb
);
create index well_history_well_idx on well_history (well_id, id);

-- History is written by statement-level triggers, so that every way a well changes (the API, a
-- bulk import, a loader, a manual fix in SQL) is recorded, set-based and in the same transaction.
-- The writer names itself with: select set_config('manhal.actor', '<who>', true).
create function well_json(w well) returns jsonb
language sql immutable as $$
    select (to_jsonb(w) - 'geom' - 'created_at' - 'updated_at' - 'version')
           || jsonb_build_object('location', ST_AsGeoJSON(w.geom, 7)::jsonb)
$$;

create function jsonb_changed(old_values jsonb, new_values jsonb) returns jsonb
language sql immutable as $$
    select coalesce(jsonb_object_agg(n.key, n.value), '{}'::jsonb)
      from jsonb_each(new_values) n
     where old_values -> n.key is distinct from n.value
$$;

create function well_history_on_insert() returns trigger
language plpgsql as $$
begin
    insert into well_history (well_id, version, action, changed_by, new_values)
    select n.id, n.version, 'REGISTERED', coalesce(nullif(current_setting('manhal.actor', true), ''), current_user),
           well_json(n)
      from new_rows n;
    return null;
end
$$;

create function well_history_on_update() returns trigger
language plpgsql as $$
begin
    insert into well_history (well_id, version, action, changed_by, reason, old_values, new_values)
    select n.id, n.version,
           case when o.deleted_at is null and n.deleted_at is not null then 'DELETED' else 'UPDATED' end,
           coalesce(nullif(current_setting('manhal.actor', true), ''), current_user),
           n.deletion_reason,
           jsonb_changed(well_json(n), well_json(o)),
           jsonb_changed(well_json(o), well_json(n))
      from new_rows n join old_rows o on o.id = n.id
     where well_json(n) is distinct from well_json(o);
    return null;
end
$$;

create trigger well_history_insert after insert on well
    referencing new table as new_rows for each statement execute function well_history_on_insert();
create trigger well_history_update after update on well
    referencing old table as old_rows new table as new_rows for each statement execute function well_history_on_update();

-- Which datasets the loaders have put in (they are idempotent through this table).
create table data_load (
    dataset    text primary key,
    loaded_at  timestamptz not null default now(),
    rows       int not null
);

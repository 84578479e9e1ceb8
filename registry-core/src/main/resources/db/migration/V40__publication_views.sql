-- Manhal schema, part 40: what may be published, and the one role that publishes it (issue 10).
--
-- Every published output (vector tiles, OGC API Features, MapServer's WMS/WFS, a GeoServer
-- datastore) reads the views of schema pub, never the registry's tables, and reads them as
-- manhal_publisher, a role that can read nothing else. A view holds only what may be shown: no
-- owner names, civil IDs, phone numbers, plot numbers (they lead to the owner), licence holders
-- or applicants; no deleted record; no record that is not published. A mistake in one query of a
-- publisher then cannot leak a column, because the column is not there to select.
--
-- Adding a layer: a view here (a later migration: create view pub.x ...; grant select on pub.x to
-- manhal_publisher, though the default privileges below grant it too), and one entry in the layer
-- catalogue (geo-api org.manhal.api.publishing.LayerCatalogue).
--
-- Views run with their owner's rights (PostgreSQL's default for views), so the publisher reads a
-- view without any right on the table behind it. Geometries are EPSG:4326 and of one type per
-- view, as MapServer and GeoServer want a layer's geometry type fixed.

create schema pub;
comment on schema pub is 'Publication views: only public attributes of published records (issue 10). Read by manhal_publisher.';

-- The role is the cluster's, so another database of the same cluster may have created it already.
-- NOLOGIN: nobody connects as the publisher; the service's login role switches to it for the
-- publishing transactions (SET LOCAL ROLE manhal_publisher), which needs membership: granted here
-- to the role that migrates when it may grant it (a superuser, or a CREATEROLE role); otherwise a
-- database administrator runs  GRANT manhal_publisher TO <the service's login role>  once
-- (docs/publishing.md).
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'manhal_publisher') then
        create role manhal_publisher nologin;
    end if;
    if not pg_has_role(current_user, 'manhal_publisher', 'member') then
        begin
            execute format('grant manhal_publisher to %I', current_user);
        exception when insufficient_privilege then
            raise notice 'could not grant manhal_publisher to %: a database administrator must (docs/publishing.md)', current_user;
        end;
    end if;
end
$$;

revoke all on schema pub from public;

-- Wells are published when they exist in the field or are licensed to: not deleted, and neither
-- PROPOSED (an application not yet decided, published by the applications layer when there is
-- one) nor ILLEGAL_DETECTED (an enforcement case, for staff only). Public attributes and staff
-- attributes both live here; the catalogue says which output shows which.
create view pub.well as
select w.id,
       w.registry_number,
       w.type,
       w.use,
       w.status,
       w.depth_m,
       w.diameter_mm,
       w.yield_m3_per_day,
       w.static_water_level_m,
       w.ec_us_per_cm,
       w.drilled_on,
       w.drilling_contractor,      -- a licensed company, not a person (staff attribute)
       w.location_accuracy,        -- staff attribute
       wil.code    as wilayat_code,
       wil.name_ar as wilayat_name_ar,
       wil.name_en as wilayat_name_en,
       gov.code    as governorate_code,
       gov.name_ar as governorate_name_ar,
       gov.name_en as governorate_name_en,
       w.is_sample,
       w.created_at,
       w.updated_at,
       w.geom
  from public.well w
  left join public.admin_area wil on wil.id = w.wilayat_id
  left join public.admin_area gov on gov.id = w.governorate_id
 where w.deleted_at is null
   and w.status not in ('PROPOSED', 'ILLEGAL_DETECTED');
comment on view pub.well is 'Published wells: not deleted, not PROPOSED, not ILLEGAL_DETECTED; no owner, civil ID, plot or licence.';

-- The per-cell well counts of V3 (levels 0..8 of the 2^-k degree grid), of published wells only,
-- summed over wilayat and governorate, with the cell as a polygon. The tiles of low zooms read
-- them instead of the wells (a cell per feature, never every point); a cell key decodes as
-- level k = (key >> 48) - 16, row iy = ((key >> 24) & 2^24-1) - 2^23, column ix = (key & 2^24-1) - 2^23.
create view pub.well_cell_count as
select c.cell,
       ((c.cell >> 48) - 16)::int as level,
       c.use,
       c.status,
       sum(c.n)::bigint as n,
       ST_MakeEnvelope(((c.cell & 16777215) - 8388608) * 2.0 ^ -((c.cell >> 48) - 16),
                       (((c.cell >> 24) & 16777215) - 8388608) * 2.0 ^ -((c.cell >> 48) - 16),
                       ((c.cell & 16777215) - 8388608 + 1) * 2.0 ^ -((c.cell >> 48) - 16),
                       (((c.cell >> 24) & 16777215) - 8388608 + 1) * 2.0 ^ -((c.cell >> 48) - 16),
                       4326)::geometry(Polygon, 4326) as geom
  from public.well_count c
 where c.cell <> 0
   and c.n > 0
   and c.status not in ('PROPOSED', 'ILLEGAL_DETECTED')
 group by c.cell, c.use, c.status;
comment on view pub.well_cell_count is 'Published wells counted per grid cell (V3 levels 0..8), per use and status.';

-- The same counts summed per cell: the well-counts layer (one feature per cell and level).
create view pub.well_cell_total as
select cell, level, sum(n)::bigint as n, geom
  from pub.well_cell_count
 group by cell, level, geom;
comment on view pub.well_cell_total is 'Published wells counted per grid cell (V3 levels 0..8).';

-- The geometry of each view is typed (geometry_columns then tells MapServer and GeoServer the
-- type). The CASE keeps the cast from ever seeing another type: a filter on geom (a tile's or a
-- bbox's envelope) may be evaluated before the view's own WHERE.
create view pub.falaj_mother_well as
select id, kind, name_ar, name_en, is_sample,
       (case when GeometryType(geom) = 'POINT' then geom end)::geometry(Point, 4326) as geom
  from public.protected_feature
 where kind = 'FALAJ_MOTHER_WELL' and GeometryType(geom) = 'POINT';

create view pub.falaj_channel as
select id, kind, name_ar, name_en, is_sample,
       (case when ST_Dimension(geom) = 1 then ST_Multi(geom) end)::geometry(MultiLineString, 4326) as geom
  from public.protected_feature
 where kind = 'FALAJ_CHANNEL' and ST_Dimension(geom) = 1;

-- The other protected features (public supply wells, contamination sources): the points here, the
-- areas (sewage plants, landfills) in protected_area.
create view pub.protected_feature as
select id, kind, name_ar, name_en, is_sample,
       (case when GeometryType(geom) = 'POINT' then geom end)::geometry(Point, 4326) as geom
  from public.protected_feature
 where kind not in ('FALAJ_MOTHER_WELL', 'FALAJ_CHANNEL') and GeometryType(geom) = 'POINT';

create view pub.protected_area as
select id, kind, name_ar, name_en, is_sample,
       (case when ST_Dimension(geom) = 2 then ST_Multi(geom) end)::geometry(MultiPolygon, 4326) as geom
  from public.protected_feature
 where kind not in ('FALAJ_MOTHER_WELL', 'FALAJ_CHANNEL') and ST_Dimension(geom) = 2;

-- Restricted zones (no new wells, replacement only, study required) and well-field protection
-- zones (red, orange), one layer with the kind as attribute.
create view pub.restricted_zone as
select id, kind, name_ar, name_en, is_sample, geom
  from public.restricted_zone;

create view pub.governorate as
select id, code, name_ar, name_en, geom
  from public.admin_area
 where level = 'GOVERNORATE';

create view pub.wilayat as
select w.id, w.code, w.name_ar, w.name_en, g.code as governorate_code, w.geom
  from public.admin_area w
  left join public.admin_area g on g.id = w.parent_id
 where w.level = 'WILAYAT';

grant usage on schema pub to manhal_publisher;
grant select on all tables in schema pub to manhal_publisher;
-- Views later migrations add to pub (made by the same migrating role) are readable too.
alter default privileges in schema pub grant select on tables to manhal_publisher;

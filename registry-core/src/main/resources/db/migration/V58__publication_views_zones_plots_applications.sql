-- Manhal schema, part 58: zones, plots and applications published (issue 10), each as V40's views:
-- only what may be shown, read by a role that can read nothing else.
--
-- Zones and plot outlines are public (schema pub, role manhal_publisher, as V40). Applications are
-- for ministry staff only: they live in a schema of their own, pub_staff, read by a role of their
-- own, manhal_staff_publisher, and not in pub. So the public publisher (the tiles and OGC API read
-- for the public as manhal_publisher) and the map servers' login role (manhal_ows, V45, a member
-- of manhal_publisher only: the open /ows, a site's GeoServer datastore on schema pub) cannot read
-- an application at all, whatever a query or a catalogue entry says. The service switches to
-- manhal_staff_publisher only to read a staff layer for a staff caller.

-- A zone with its rule's public parameters (the zoning plan is public: a landowner reads what may
-- be built). Zones whose rule is disabled are left out: the zoning check treats them as no zone
-- (docs/zoning.md), so a map showing their limits would say what is not applied. Numbers as
-- double precision: every output (GeoJSON, MVT, MapServer) takes them as plain numbers.
create view pub.zone as
select z.id,
       z.code,
       r.name_ar,
       r.name_en,
       z.label,                                    -- the plan sheet or block
       r.max_coverage_pct::double precision  as max_coverage_pct,
       r.max_far::double precision           as max_far,
       r.max_floors,
       r.max_height_m::double precision      as max_height_m,
       r.setback_front_m::double precision   as setback_front_m,
       r.setback_side_m::double precision    as setback_side_m,
       r.setback_rear_m::double precision    as setback_rear_m,
       r.min_plot_area_m2::double precision  as min_plot_area_m2,
       array_to_string(r.permitted_uses, ',')   as permitted_uses,
       array_to_string(r.conditional_uses, ',') as conditional_uses,
       r.legal_reference,
       z.is_sample or r.is_sample as is_sample,
       z.geom
  from public.zone z
  join public.zone_rule r on r.code = z.code
 where r.enabled;
comment on view pub.zone is 'Published zones with their rule''s public parameters; zones of disabled rules left out.';

-- Plot outlines without their number and without their owner: in the cadastre a plot number
-- (with its wilayat) is the key to the owner, and the owner (plot_owner) is personal data. What
-- is left (the outline, its area, its wilayat) is what a zoning map shows. The id is the
-- registry's own key, which no public route turns into a number.
create view pub.plot as
select p.id,
       p.wilayat_code,
       p.area_m2::double precision as area_m2,
       p.is_sample,
       p.geom
  from public.plot p;
comment on view pub.plot is 'Plot outlines: no plot number, no owner, no street frontage.';

create schema pub_staff;
comment on schema pub_staff is 'Publication views for ministry staff only (issue 10). Read by manhal_staff_publisher, not by manhal_publisher or manhal_ows.';
revoke all on schema pub_staff from public;

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'manhal_staff_publisher') then
        create role manhal_staff_publisher nologin;
    end if;
    if not pg_has_role(current_user, 'manhal_staff_publisher', 'member') then
        begin
            execute format('grant manhal_staff_publisher to %I', current_user);
        exception when insufficient_privilege then
            raise notice 'could not grant manhal_staff_publisher to %: a database administrator must (docs/publishing.md)', current_user;
        end;
    end if;
end
$$;

-- Applications on the staff map: where, what, how far; never who (applicant name, civil ID,
-- phone), nor the plot number, the access code or the decision's reasons. Withdrawn ones are left
-- out: the applicant took them back, nothing is left to decide. One point each (a building
-- permit's footprint by a point on it): a layer has one geometry type; the footprint is on the
-- application's own page.
create view pub_staff.application as
select a.id,
       a.reference,
       a.type,
       a.status,
       wil.code    as wilayat_code,
       wil.name_ar as wilayat_name_ar,
       wil.name_en as wilayat_name_en,
       a.submitted_at,
       ST_PointOnSurface(a.location)::geometry(Point, 4326) as geom
  from public.application a
  left join public.admin_area wil on wil.id = a.wilayat_id
 where a.status <> 'WITHDRAWN';
comment on view pub_staff.application is 'Applications for staff maps: reference, type, status, wilayat, submission time; no applicant; withdrawn left out.';

grant usage on schema pub_staff to manhal_staff_publisher;
grant select on all tables in schema pub_staff to manhal_staff_publisher;
alter default privileges in schema pub_staff grant select on tables to manhal_staff_publisher;
-- pub.zone and pub.plot are granted to manhal_publisher by V40's default privileges; said again
-- for a database where another role made V40.
grant select on pub.zone, pub.plot to manhal_publisher;

-- Manhal schema, part 11: sample data never decides a real permit, and imports survive restarts.
-- (V9 and V10 are other changes'.)

-- 1. Wells loaded as sample data (data/.../wells/sample-wells.csv, synthetic) are flagged, like the
--    sample protection layers of V5 (protected_feature.is_sample, restricted_zone.is_sample). A
--    spacing verdict that rests on a sample well says so, and no permit is granted on it.
alter table well add column is_sample boolean not null default false;

-- The sample wells already loaded are those the loader registered: their history names it.
select set_config('manhal.actor', 'system:V11 sample wells flagged', true);
update well set is_sample = true
 where id in (select well_id from well_history where action = 'REGISTERED' and changed_by = 'system:sample-wells');

-- The history triggers' row image (V8) lists every column: import_job_id (V9) and is_sample added.
create or replace function well_json(w well) returns jsonb
language plpgsql immutable as $$
begin
    return jsonb_build_object(
        'id', w.id, 'registry_number', w.registry_number, 'type', w.type, 'use', w.use, 'status', w.status,
        'depth_m', w.depth_m, 'diameter_mm', w.diameter_mm, 'yield_m3_per_day', w.yield_m3_per_day,
        'owner_name', w.owner_name, 'owner_civil_id', w.owner_civil_id,
        'wilayat_id', w.wilayat_id, 'governorate_id', w.governorate_id,
        'deleted_at', w.deleted_at, 'deletion_reason', w.deletion_reason,
        'plot_number', w.plot_number, 'drilling_contractor', w.drilling_contractor, 'drilled_on', w.drilled_on,
        'static_water_level_m', w.static_water_level_m, 'static_water_level_on', w.static_water_level_on,
        'ec_us_per_cm', w.ec_us_per_cm, 'pump_type', w.pump_type, 'power_source', w.power_source,
        'location_accuracy', w.location_accuracy, 'location_source', w.location_source,
        'original_crs', w.original_crs, 'original_coordinates', w.original_coordinates,
        'licences', w.licences, 'import_job_id', w.import_job_id, 'is_sample', w.is_sample,
        'location', ST_AsGeoJSON(w.geom, 7)::jsonb);
end
$$;

-- Findings recorded before this migration carry no flag: mark those whose feature is (still) a
-- sample row, as the check now does (feature.isSample in the JSON snapshot).
update well_finding wf
   set findings = (select jsonb_agg(case when s.sample then jsonb_set(e.f, '{feature,isSample}', 'true'::jsonb) else e.f end
                                    order by e.ord)
                     from jsonb_array_elements(wf.findings) with ordinality as e(f, ord)
                     cross join lateral (select case
                         when (e.f -> 'feature' ->> 'id') !~ '^[0-9]{1,18}$' then false
                         when e.f -> 'feature' ->> 'kind' = 'EXISTING_WELL' then exists (
                             select 1 from well w where w.id = (e.f -> 'feature' ->> 'id')::bigint and w.is_sample)
                         when e.f -> 'feature' ->> 'kind' in ('WPZ_RED', 'WPZ_ORANGE', 'NO_NEW_WELLS_ZONE',
                                                              'REPLACEMENT_ONLY_ZONE', 'STUDY_REQUIRED_ZONE') then exists (
                             select 1 from restricted_zone z where z.id = (e.f -> 'feature' ->> 'id')::bigint and z.is_sample)
                         else exists (
                             select 1 from protected_feature p where p.id = (e.f -> 'feature' ->> 'id')::bigint and p.is_sample)
                         end as sample) s)
 where jsonb_array_length(wf.findings) > 0;

-- 2. Imports survive restarts (org.manhal.imports.internal.ImportRecovery). A job names the service
--    instance that runs it and holds, on a connection of its own, a session advisory lock on the
--    job (pg_try_advisory_lock(hashtextextended(job id, 0))) for as long as it is queued or
--    running there. The lock dies with that connection, so with the instance: at start-up (and
--    then every minute) an instance fails every QUEUED or RUNNING job whose lock it can take,
--    that is, no live instance holds, as INTERRUPTED. Its transaction was rolled back when its
--    connection died: nothing of it was written. heartbeat_at is for people (when did the
--    running instance last report); the lock alone decides.
alter table job
    add column instance_id  text,
    add column heartbeat_at timestamptz;
create index job_unfinished_idx on job (status) where status in ('QUEUED', 'RUNNING');

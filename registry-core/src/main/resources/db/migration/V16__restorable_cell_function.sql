-- well_count_cell is the expression of two indexes on well (V3, V7). pg_restore rebuilds indexes
-- with an empty search_path, where the unqualified ST_X/ST_Y of its body do not resolve, so a
-- backup of the registry could not be restored (found by BackupRestoreIntegrationTests). The
-- PostGIS calls are qualified with the schema the launcher installs PostGIS into (public); a
-- SET search_path clause would do the same without naming it, but it stops the planner from
-- inlining the function, which the count queries and the well insert triggers rely on.
create or replace function well_count_cell(k int, p geometry) returns bigint
language sql immutable strict parallel safe as $$
    select ((k + 16)::bigint << 48)
         | ((floor(public.ST_Y(p) * 2.0 ^ k)::bigint + 8388608) << 24)
         | (floor(public.ST_X(p) * 2.0 ^ k)::bigint + 8388608)
$$;

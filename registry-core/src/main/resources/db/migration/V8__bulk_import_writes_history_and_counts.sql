-- Manhal schema, part 8: a bulk import writes its wells' history and counts itself, in the same
-- statement as its INSERT (org.manhal.imports.RegistryInsert), and the insert triggers stand aside
-- for that statement. (V7 is another change's.)
--
-- Why: on a million-row import the two statement-level insert triggers cost more than the insert
-- itself. The history trigger builds each row image with well_json(n) from the whole-row value of
-- the transition table (forming and taking apart a 30-column tuple per well); the importer builds
-- the same image from the inserted columns, about twice as fast. The count trigger expanded every
-- well into its 10 cell keys with a set-returning function per row; counting the wells per finest
-- cell first and deriving the coarser cells from those few groups does the same work once per
-- group instead of once per well.
--
-- The importer marks its statement with set_config('manhal.bulk_import', <job id>, true) (local
-- to its transaction) and clears it right after the statement. Every other insert (the API's
-- single registration, loaders, SQL by hand) leaves it unset and is recorded and counted by the
-- triggers, as before.

-- The level-k cell key (V3's layout) of the finest cell (ix8, iy8) = (floor(x * 256), floor(y * 256)):
-- floor(x * 2^k) = floor(floor(x * 256) / 2^(8 - k)), and >> on bigint is that floor division
-- (arithmetic shift, also for negative cells). The same keys as well_count_cell(k, p).
create function well_count_cell_of_finest(k int, ix8 bigint, iy8 bigint) returns bigint
language sql immutable strict parallel safe as $$
    select ((k + 16)::bigint << 48) | (((iy8 >> (8 - k)) + 8388608) << 24) | ((ix8 >> (8 - k)) + 8388608)
$$;

-- Every key a finest cell is counted under: the world, then one cell per level (as well_count_cells).
create function well_count_cells_of_finest(ix8 bigint, iy8 bigint) returns setof bigint
language sql immutable strict parallel safe as $$
    select 0::bigint
    union all
    select well_count_cell_of_finest(k, ix8, iy8) from generate_series(0, 8) as k
$$;

-- Whether the running statement is a bulk import that writes its own history and counts.
create function well_bulk_import_running() returns boolean
language sql stable as $$
    select coalesce(current_setting('manhal.bulk_import', true), '') <> ''
$$;

create or replace function well_history_on_insert() returns trigger
language plpgsql as $$
begin
    if well_bulk_import_running() then
        return null;
    end if;
    insert into well_history (well_id, version, action, changed_by, new_values)
    select n.id, n.version, 'REGISTERED', coalesce(nullif(current_setting('manhal.actor', true), ''), current_user),
           well_json(n)
      from new_rows n;
    return null;
end
$$;

-- The wells counted per finest cell first (x, y scaled by 2^8 exactly, as well_count_cell does),
-- then each group under its 10 keys: one set-returning call per group, not per well.
create or replace function well_count_on_insert() returns trigger
language plpgsql as $$
begin
    if well_bulk_import_running() then
        return null;
    end if;
    insert into well_count as c (cell, wilayat_id, governorate_id, use, status, n)
    select cell, f.wilayat_id, f.governorate_id, f.use, f.status, sum(f.n)
      from (select floor(ST_X(w.geom) * 256)::bigint as ix8, floor(ST_Y(w.geom) * 256)::bigint as iy8,
                   coalesce(w.wilayat_id, 0) as wilayat_id, coalesce(w.governorate_id, 0) as governorate_id,
                   w.use, w.status, count(*) as n
              from new_rows w
             where w.deleted_at is null
             group by 1, 2, 3, 4, 5, 6) f
     cross join lateral well_count_cells_of_finest(f.ix8, f.iy8) as cell
     group by 1, 2, 3, 4, 5
     order by 1, 2, 3, 4, 5
    on conflict (cell, wilayat_id, governorate_id, use, status) do update set n = c.n + excluded.n;
    return null;
end
$$;

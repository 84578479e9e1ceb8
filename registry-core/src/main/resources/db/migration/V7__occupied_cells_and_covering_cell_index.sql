-- Manhal schema, part 7: what the polygon count (org.manhal.count) needs to skip empty land and sea.
--
-- 1. well_cell: every finest cell (level 8 of the V3 grid, 1/256°) that has ever held a well, and
--    well_cell_total.n, how many there are. The counting service keeps a copy in memory and lays
--    a polygon only over occupied cells: of the 13,025 finest cells that Oman's outline crosses,
--    1,234 hold a well (1M synthetic wells), and of its 7,509 runs of inside cells, 1,879. The set
--    only grows (a cell emptied by deletions stays, a truncate keeps it): skipping too few cells is
--    safe, skipping an occupied one would not be. Because it only grows, two snapshots with the same
--    n hold the same set, so each count checks n in its own snapshot and reloads the copy if it
--    changed (org.manhal.count.OccupiedCells).
--
--    Kept by a statement trigger on well_count itself: a finest cell first holds a well exactly
--    when a level-8 row is first inserted into well_count, whoever writes the counts (the V3
--    triggers, or a bulk loader that aggregates them itself), and it costs nothing when no new row
--    appears (the common case: a well registered where wells already are).
--
-- 2. The wells near a polygon's boundary are read by a finer cell than the counts are kept on:
--    level 10 (1/1024°, ~110 m), org.manhal.count.CountGrid.EXACT_K. Level-10 cells wholly inside
--    the polygon are counted from this index untested; only the wells of those its boundary
--    touches are read and tested (a quarter of those of the level-8 boundary cells). The index
--    carries every column the count reads, so both are index-only scans (no heap visit per well:
--    17,338 wells of Oman's level-8 boundary cells read in ~5 ms instead of ~20-40 ms). It
--    replaces V3's index on the level-8 cell, which nothing else reads.

create table well_cell (
    cell bigint primary key
);

create table well_cell_total (
    id boolean primary key default true check (id),
    n  bigint not null
);

insert into well_cell (cell)
select distinct cell from well_count where cell >= (24::bigint << 48) and cell < (25::bigint << 48);

insert into well_cell_total (n) select count(*) from well_cell;

create function well_cell_on_count_insert() returns trigger
language plpgsql as $$
declare
    added bigint;
begin
    with fresh as (
        insert into well_cell (cell)
        select distinct cell from new_counts
         where cell >= (24::bigint << 48) and cell < (25::bigint << 48)
         order by 1
        on conflict (cell) do nothing
        returning 1)
    select count(*) into added from fresh;
    if added > 0 then
        update well_cell_total set n = n + added;
    end if;
    return null;
end
$$;

create trigger well_cell_on_count_insert after insert on well_count
    referencing new table as new_counts for each statement execute function well_cell_on_count_insert();

create index well_exact_cell_idx on well (well_count_cell(10, geom))
    include (geom, use, status, wilayat_id, governorate_id) where deleted_at is null;
drop index well_count_cell_idx;

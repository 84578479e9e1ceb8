-- Manhal schema, part 41: pub.well_cell_count (V40) builds each cell's polygon in floating point.
-- V40 computed the corners in numeric (2.0 ^ -k is numeric), about twice as slow for the same
-- doubles: ix * 2^-k is exact in both for |ix| < 2^24 and k <= 8. Same columns, so the views
-- built on it (pub.well_cell_total) and the grants stay as they are.
create or replace view pub.well_cell_count as
select c.cell,
       ((c.cell >> 48) - 16)::int as level,
       c.use,
       c.status,
       sum(c.n)::bigint as n,
       ST_MakeEnvelope(((c.cell & 16777215) - 8388608) * 2.0::float8 ^ -((c.cell >> 48) - 16),
                       (((c.cell >> 24) & 16777215) - 8388608) * 2.0::float8 ^ -((c.cell >> 48) - 16),
                       ((c.cell & 16777215) - 8388608 + 1) * 2.0::float8 ^ -((c.cell >> 48) - 16),
                       (((c.cell >> 24) & 16777215) - 8388608 + 1) * 2.0::float8 ^ -((c.cell >> 48) - 16),
                       4326)::geometry(Polygon, 4326) as geom
  from public.well_count c
 where c.cell <> 0
   and c.n > 0
   and c.status not in ('PROPOSED', 'ILLEGAL_DETECTED')
 group by c.cell, c.use, c.status;

-- Manhal schema, part 4: bulk import jobs (issue 3, item 5).
--
-- An import runs as a job: its row here says how far it got (rows done, errors so far) and, once
-- finished, what it did. The rejected rows are kept in job_error (line, field, code, bilingual
-- message), so that a report of a million-row file can be paged. The rows themselves are staged in
-- temporary tables of the importing transaction (org.manhal.imports.WellImporter), never here.

create table job (
    id             uuid primary key,
    kind           text not null check (kind in ('WELL_IMPORT')),
    status         text not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    mode           text check (mode in ('ALL_OR_NOTHING', 'VALID_ROWS_ONLY')),
    format         text,
    file_name      text,
    file_bytes     bigint,
    phase          text,                         -- READING, VALIDATING, INSERTING, DONE
    percent        int not null default 0,
    total_rows     bigint,                       -- known once the file is read
    rows_done      bigint not null default 0,    -- rows read so far
    rows_imported  bigint not null default 0,
    rows_rejected  bigint not null default 0,
    error_count    bigint not null default 0,
    outcome        text,                         -- ALL_IMPORTED, VALID_ROWS_IMPORTED, NOTHING_IMPORTED
    failure        jsonb,                        -- {code, message, messageAr[, errorId]} of a FAILED job
    ignored_columns jsonb not null default '[]'::jsonb,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    started_at     timestamptz,
    finished_at    timestamptz
);
create index job_created_idx on job (created_at);

create table job_error (
    job_id      uuid not null references job (id) on delete cascade,
    line        bigint not null,                 -- CSV: line 1 is the header; GeoJSON/GPKG/SHP: feature 1 is the first
    field       text not null,
    code        text not null,
    message     text not null,
    message_ar  text not null
);
create index job_error_job_line_idx on job_error (job_id, line);

-- Point-in-polygon per level: the subdivided parts of the three levels overlap everywhere in Oman,
-- so an index over all of them makes every probe find three candidates and filter two away.
create index admin_area_part_country_gix on admin_area_part using gist (geom) where level = 'COUNTRY';
create index admin_area_part_wilayat_gix on admin_area_part using gist (geom) where level = 'WILAYAT';

-- A number typed in a file, or null when it is none ('deep', '1,5', 'NaN'): the pattern admits
-- exactly what float8 input accepts short of overflow, so the cast never fails.
create function import_number(t text) returns double precision
language sql immutable parallel safe as $$
    select case when t ~ '^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]{1,2})?$' then t::double precision end
$$;

-- A date typed in a file, or null when it is no date (2024-02-30): the import reports it instead
-- of failing the whole statement. Only called for text that already looks like YYYY-MM-DD.
create function import_date(t text) returns date
language plpgsql immutable parallel safe as $$
begin
    return t::date;
exception when others then
    return null;
end
$$;

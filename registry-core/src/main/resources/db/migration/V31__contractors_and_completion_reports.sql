-- Manhal schema, part 31: licensed drilling contractors, the contractor named on an approved
-- permit, and the completion report of the well drilled under it. Written only through
-- org.manhal.contractor.Contractors.

create table contractor (
    id             bigserial primary key,
    licence_number text        not null unique,
    name           text        not null,
    licence_class  text        not null check (licence_class in ('A', 'B', 'C')),
    valid_from     date        not null,
    valid_until    date        not null,
    status         text        not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at     timestamptz not null,
    check (valid_until >= valid_from)
);

-- One contractor per permit; replaced until the completion is reported.
create table permit_assignment (
    application_id bigint      primary key references application (id),
    contractor_id  bigint      not null references contractor (id),
    assigned_at    timestamptz not null,
    assigned_by    text        not null
);

-- What the contractor built. moved_m is the geodesic distance (WGS 84) from the permitted
-- location to the surveyed one; beyond tolerance_m the report carries a finding, and the spacing
-- verdict at the surveyed location is kept with it.
create table completion_report (
    id                   bigserial primary key,
    application_id       bigint        not null unique references application (id),
    contractor_id        bigint        not null references contractor (id),
    well_id              bigint        not null references well (id),
    location             geometry(Point, 4326) not null,
    depth_m              double precision not null,
    diameter_mm          double precision,
    static_water_level_m double precision,
    yield_m3_per_day     double precision,
    ec_us_per_cm         double precision,
    drilled_on           date          not null,
    moved_m              numeric(12, 2) not null,
    tolerance_m          numeric(12, 2) not null,
    moved_beyond_tolerance boolean     not null,
    verdict              jsonb,
    reported_at          timestamptz   not null,
    reported_by          text          not null
);

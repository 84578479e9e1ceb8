-- Manhal schema, part 30: applications (well registration, drilling, deepening, replacement,
-- building permits) from submission to decision, their timelines and the counters of their
-- reference numbers. Written only through org.manhal.permit.Applications.

-- 1. One counter per type code, governorate code and calendar year (Oman's time zone): the
--    serial of references such as WD-DA-2026-000123. Taken in the submitting transaction, so a
--    refused submission leaves at most a gap, never a duplicate.
create table application_counter (
    type_code        text   not null,
    governorate_code text   not null,
    year             int    not null,
    last_value       bigint not null,
    primary key (type_code, governorate_code, year)
);

-- 2. The application. The applicant (personal data) has columns of its own so that every list,
--    export and public view can leave them out by naming the columns it reads. The access code is
--    kept only as a slow salted hash (PBKDF2); the idempotency key with a fingerprint of the body
--    it came with, so that a replay with another body is told apart from a retry.
create table application (
    id                   bigserial primary key,
    reference            text        not null unique,
    type                 text        not null check (type in ('WELL_DRILLING', 'WELL_DEEPENING', 'WELL_REPLACEMENT',
                                                               'WELL_REGISTRATION', 'BUILDING_PERMIT')),
    status               text        not null check (status in ('SUBMITTED', 'UNDER_REVIEW', 'MORE_INFORMATION_REQUESTED',
                                                                 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    location             geometry(Geometry, 4326) not null,
    wilayat_id           bigint      references admin_area (id),
    governorate_id       bigint      references admin_area (id),
    subject_well_id      bigint      references well (id),
    well_id              bigint      references well (id),
    well_type            text        check (well_type in ('HAND_DUG', 'BOREHOLE')),
    well_use             text        check (well_use in ('DOMESTIC', 'AGRICULTURAL', 'LIVESTOCK', 'INDUSTRIAL',
                                                         'COMMERCIAL', 'PUBLIC_SUPPLY', 'FALAJ_ASSIST', 'MONITORING')),
    depth_m              double precision,
    diameter_mm          double precision,
    yield_m3_per_day     double precision,
    applicant_name       text        not null,
    applicant_civil_id   text        not null,
    applicant_phone      text,
    access_code_hash     text        not null,
    idempotency_key      text        not null unique,
    request_fingerprint  text        not null,
    submitted_at         timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null default 0,
    decision             text        check (decision in ('APPROVED', 'REJECTED')),
    decision_reasons     text,
    decision_verdict     jsonb,
    decided_at           timestamptz,
    decided_by           text
);
create index application_status_type on application (status, type, id);
create index application_location on application using gist (location);

-- 3. The timeline: one row per step, who, when, why; append-only.
create table application_event (
    id             bigserial primary key,
    application_id bigint      not null references application (id),
    action         text        not null check (action in ('SUBMIT', 'START_REVIEW', 'REQUEST_INFORMATION', 'RESUBMIT',
                                                          'WITHDRAW', 'APPROVE', 'REJECT', 'ASSIGN_CONTRACTOR',
                                                          'REPORT_COMPLETION')),
    from_status    text,
    to_status      text        not null,
    actor          text        not null,
    at             timestamptz not null,
    reason         text,
    request_id     text
);
create index application_event_application on application_event (application_id, id);

-- 4. The key the replayable access codes are derived from (HMAC), made once by the service.
create table application_secret (
    id     int   primary key check (id = 1),
    secret bytea not null
);

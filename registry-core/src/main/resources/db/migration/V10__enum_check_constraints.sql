-- Manhal schema, part 10: the database refuses what Java would refuse, and registry numbers are
-- made in one place.
--
-- 1. CHECK constraints on every column that holds a Java enum's name, so that an SQL writer (the
--    bulk import, a loader, psql) cannot store a code the service would not read back. The lists
--    are written out here (nothing is generated at run time); EnumCheckConstraintsIntegrationTests
--    compares each with its Java enum, so a constant added in Java fails the build until a
--    migration adds it here too. Columns already checked since their creation (V1 admin_area.level,
--    V4 job.status/mode, V5 spacing_rule.operator/outcome, well_finding.verdict,
--    protected_feature.kind, restricted_zone.kind) keep their constraints and are compared too.
--    One ALTER TABLE per table, so each table is scanned once to validate its new constraints.

alter table well
    add constraint well_type_check check (type in ('HAND_DUG', 'BOREHOLE')),
    add constraint well_use_check check (use in ('DOMESTIC', 'AGRICULTURAL', 'LIVESTOCK', 'INDUSTRIAL',
                                                 'COMMERCIAL', 'PUBLIC_SUPPLY', 'FALAJ_ASSIST', 'MONITORING')),
    add constraint well_status_check check (status in ('PROPOSED', 'PERMITTED', 'ACTIVE', 'STANDBY', 'NOT_IN_USE',
                                                       'DEEPENED', 'ABANDONED', 'BACKFILLED', 'ILLEGAL_DETECTED')),
    add constraint well_pump_type_check check (pump_type in ('SUBMERSIBLE', 'SURFACE_CENTRIFUGAL', 'TURBINE', 'HAND', 'NONE')),
    add constraint well_power_source_check check (power_source in ('GRID', 'DIESEL', 'SOLAR', 'NONE')),
    add constraint well_location_accuracy_check check (location_accuracy in ('WITHIN_1_M', 'WITHIN_5_M', 'WITHIN_15_M',
                                                                             'WITHIN_100_M', 'UNKNOWN')),
    add constraint well_location_source_check check (location_source in ('SURVEY', 'GNSS', 'HANDHELD_GPS', 'MAP',
                                                                         'LEGACY_RECORD'));

-- The rule's components: org.manhal.rules.FeatureKind, org.manhal.application.ApplicationType,
-- org.manhal.well.WellUse (the arrays: every element one of them).
alter table spacing_rule
    add constraint spacing_rule_target_kind_check check (target_kind in ('EXISTING_WELL', 'FALAJ_MOTHER_WELL',
        'FALAJ_CHANNEL', 'PUBLIC_SUPPLY_WELL', 'SEPTIC_TANK', 'SEWAGE_PLANT', 'LANDFILL', 'FUEL_STATION', 'WPZ_RED',
        'WPZ_ORANGE', 'NO_NEW_WELLS_ZONE', 'REPLACEMENT_ONLY_ZONE', 'STUDY_REQUIRED_ZONE')),
    add constraint spacing_rule_application_types_values_check check (application_types <@ array['WELL_DRILLING',
        'WELL_DEEPENING', 'WELL_REPLACEMENT', 'WELL_REGISTRATION', 'BUILDING_PERMIT']::text[]),
    add constraint spacing_rule_well_uses_check check (well_uses <@ array['DOMESTIC', 'AGRICULTURAL', 'LIVESTOCK',
        'INDUSTRIAL', 'COMMERCIAL', 'PUBLIC_SUPPLY', 'FALAJ_ASSIST', 'MONITORING']::text[]),
    add constraint spacing_rule_exempt_uses_check check (exempt_uses <@ array['DOMESTIC', 'AGRICULTURAL', 'LIVESTOCK',
        'INDUSTRIAL', 'COMMERCIAL', 'PUBLIC_SUPPLY', 'FALAJ_ASSIST', 'MONITORING']::text[]);

alter table well_finding
    add constraint well_finding_application_type_check check (application_type in ('WELL_DRILLING', 'WELL_DEEPENING',
        'WELL_REPLACEMENT', 'WELL_REGISTRATION', 'BUILDING_PERMIT'));

-- org.manhal.imports.ImportFormat and ImportOutcome (status and mode are checked since V4).
alter table job
    add constraint job_format_check check (format in ('CSV', 'GEOJSON', 'GPKG', 'SHAPEFILE_ZIP')),
    add constraint job_outcome_check check (outcome in ('ALL_IMPORTED', 'VALID_ROWS_IMPORTED', 'NOTHING_IMPORTED'));

-- org.manhal.admin.AdminLevel: the parts carry their area's level (admin_area is checked since V1).
alter table admin_area_part
    add constraint admin_area_part_level_check check (level in ('COUNTRY', 'GOVERNORATE', 'WILAYAT'));

-- 2. Registry numbers W-<gov>-<year>-<serial> are made here only: by next_registry_number for a
--    single registration and by the bulk import (org.manhal.well.internal.StagedWellInsert) for a
--    block. Until now each wrote the form itself, and they had drifted once (V6 widened the serial
--    in one of them). org.manhal.well.RegistryNumber reads the form, and its pattern is what the
--    import matches given numbers with; RegistryNumberIntegrationTests round-trips the numbers made
--    here through it.
create function format_registry_number(p_governorate_code text, p_year int, p_serial bigint) returns text
language sql immutable parallel safe as $$
    select 'W-' || substr(p_governorate_code, 4) || '-' || p_year || '-'
           || lpad(p_serial::text, greatest(6, length(p_serial::text)), '0')
$$;

create or replace function next_registry_number(p_governorate_code text, p_year int) returns text
language sql as $$
    insert into registry_counter as c (governorate_code, year, last_value)
    values (p_governorate_code, p_year, 1)
    on conflict (governorate_code, year) do update set last_value = c.last_value + 1
    returning format_registry_number(p_governorate_code, p_year, last_value)
$$;

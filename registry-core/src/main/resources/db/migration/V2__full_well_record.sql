-- Manhal schema, part 2: the full well record (issue 3): licences, measurements, equipment,
-- plot, contractor, dates, and where the location came from (original input, its CRS, accuracy).

alter table well
    add column plot_number              text,
    add column drilling_contractor      text,
    add column drilled_on               date,
    add column static_water_level_m     double precision,   -- metres below ground level
    add column static_water_level_on    date,
    add column ec_us_per_cm             double precision,   -- electrical conductivity, µS/cm at 25 °C
    add column pump_type                text,
    add column power_source             text,
    add column location_accuracy        text,
    add column location_source          text,
    add column original_crs             text,               -- e.g. EPSG:32640, as the location was given
    add column original_coordinates     text;               -- the coordinates exactly as given

-- Licences are separate from the registry number: a well keeps its number through new, deepening
-- and replacement licences. Kept on the row (JSON array of {number, type, issuedOn, expiresOn}) so
-- that the history triggers record licence changes like any other change.
alter table well add column licences jsonb not null default '[]'::jsonb;
create index well_licence_number_idx on well using gin ((jsonb_path_query_array(licences, '$[*].number')));

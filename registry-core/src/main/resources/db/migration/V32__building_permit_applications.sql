-- Manhal schema, part 32: building-permit applications. The footprint is the application's
-- location; the plot is named (wilayat and plot number) or given as a polygon; the zoning verdict
-- at submission is kept beside the one the decision is based on (decision_verdict).
alter table application
    add column building_use        text check (building_use in ('RESIDENTIAL', 'RESIDENTIAL_COMMERCIAL', 'COMMERCIAL',
        'LIGHT_INDUSTRIAL', 'HEAVY_INDUSTRIAL', 'WAREHOUSE', 'WORKERS_HOUSING', 'AGRICULTURAL', 'TOURISM', 'PUBLIC_SERVICES')),
    add column floors              int check (floors >= 1),
    add column height_m            numeric(8, 2),
    add column gross_floor_area_m2 numeric(14, 2),
    add column plot_wilayat        text,
    add column plot_number         text,
    add column plot_polygon        geometry(Polygon, 4326),
    add column submission_verdict  jsonb;

-- Manhal schema, part 55: bulk imports of plots and zones (issue 9, item 1) through the import jobs
-- of V4 (org.manhal.imports), written by the doors org.manhal.plot.PlotBulkRegistration and
-- org.manhal.zoning.ZoneBulkRegistration.

alter table job drop constraint job_kind_check;
alter table job add constraint job_kind_check check (kind in ('WELL_IMPORT', 'PLOT_IMPORT', 'ZONE_IMPORT'));

-- Land registry plot numbers are written with '/' (215/3): allowed now. The plot route takes the
-- rest of its path as the number (GET /api/plots/{wilayat}/{*plotNumber}).
alter table plot drop constraint plot_plot_number_check;
alter table plot add constraint plot_plot_number_check check (plot_number ~ '^[0-9A-Za-z._/-]{1,40}$');

-- Which import wrote (or last replaced) a plot or zone; no foreign key, as for well.import_job_id.
alter table plot add column import_job_id uuid;
alter table zone add column import_job_id uuid;
create index plot_import_job_idx on plot (import_job_id) where import_job_id is not null;
create index zone_import_job_idx on zone (import_job_id) where import_job_id is not null;
-- A zone of an import is named by its code and label (the plan sheet): replacing finds it by them.
create index zone_code_label_idx on zone (code, coalesce(label, ''));

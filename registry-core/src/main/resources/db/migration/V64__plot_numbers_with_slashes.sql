-- Manhal schema, part 64: cadastral plot numbers hold slashes (e.g. 17/3-B), which V20 refused to
-- keep them usable as one path segment and V55 allowed anywhere. GET /api/plots/{wilayat}/{plotNumber}
-- takes the number as the rest of the path, so a slash is allowed between other characters only
-- (never first, last or doubled, which a path would not keep); the plot import checks the same.
alter table plot drop constraint plot_plot_number_check;
alter table plot add constraint plot_plot_number_check
    check (plot_number ~ '^[0-9A-Za-z._-]+(/[0-9A-Za-z._-]+)*$' and length(plot_number) <= 40);

package org.manhal.plot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The registry's door for many plots at once: writes the plots an import has staged and checked,
 * set-based, in one statement with their owners (personal data, in {@code plot_owner}).
 *
 * <p>The staged rows are the import's temporary tables, its contract with this door:
 * {@code import_plot} (one row per line: {@code line}, {@code wilayat_code}, {@code plot_number},
 * {@code geom} Polygon in EPSG:4326, {@code area_m2} in UTM, {@code street_frontage}
 * MultiLineString in EPSG:4326 or null, {@code owner_name}, {@code owner_civil_id}) and
 * {@code import_error} (the lines refused, which are left out). The import has already rejected
 * every key that is in the registry unless it replaces them, and every key twice in the file.
 */
@Component
public class PlotBulkRegistration {

    /**
     * Writes every staged row without an error, in the caller's transaction on {@code c}.
     * Replacing, a registered plot of the same wilayat and number gets the row's polygon, area,
     * frontage (null when the row has none), source and job; its owner is replaced only when the
     * row names one (a new survey of the parcel does not unname its owner).
     *
     * @param source what the plots come from (the file's name), kept in {@code plot.source}
     * @param replace whether a registered key is replaced (otherwise it must not be staged)
     * @return how many plots were written
     */
    public long registerStaged(Connection c, UUID importJobId, String source, boolean replace) throws SQLException {
        String conflict = replace ? """
                on conflict (wilayat_code, plot_number) do update set geom = excluded.geom, area_m2 = excluded.area_m2,
                   street_frontage = excluded.street_frontage, source = excluded.source, import_job_id = excluded.import_job_id,
                   is_sample = false""" : "";
        try (PreparedStatement s = c.prepareStatement("""
                with written as (
                    insert into plot (wilayat_code, plot_number, geom, area_m2, street_frontage, source, import_job_id)
                    select t.wilayat_code, t.plot_number, t.geom, t.area_m2, t.street_frontage, ?, ?
                      from import_plot t
                     where not exists (select 1 from import_error e where e.line = t.line)
                     order by t.line
                    %s
                    returning id, wilayat_code, plot_number),
                owners as (
                    insert into plot_owner (plot_id, name, civil_id)
                    select w.id, t.owner_name, t.owner_civil_id
                      from written w join import_plot t on t.wilayat_code = w.wilayat_code and t.plot_number = w.plot_number
                     where t.owner_name is not null
                        and not exists (select 1 from import_error e where e.line = t.line)
                    on conflict (plot_id) do update set name = excluded.name, civil_id = excluded.civil_id
                    returning 1)
                select (select count(*) from written), (select count(*) from owners)""".formatted(conflict))) {
            s.setString(1, source);
            s.setObject(2, importJobId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

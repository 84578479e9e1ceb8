package org.manhal.zoning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The registry's door for many zoning polygons at once: writes the zones an import has staged and
 * checked, set-based. A zone is named by its code and its label (the plan sheet; a missing label
 * is one name too), which is what replacing finds it by.
 *
 * <p>The staged rows are the import's temporary tables, its contract with this door:
 * {@code import_zone} (one row per line: {@code line}, {@code code} of an existing zone rule,
 * {@code label} or null, {@code geom} MultiPolygon in EPSG:4326) and {@code import_error} (the
 * lines refused, which are left out). The import has already rejected every name that is in the
 * registry unless it replaces them, and every name twice in the file.
 */
@Component
public class ZoneBulkRegistration {

    /**
     * Writes every staged row without an error, in the caller's transaction on {@code c} (the
     * import runs one import of zones at a time, so that two imports of the same plan cannot both
     * insert a zone the other does not see yet).
     *
     * @param source what the zones come from (the file's name), kept in {@code zone.source}
     * @param replace whether a registered zone of the same code and label gets the row's polygon
     * @return how many zones were written (inserted or replaced)
     */
    public long registerStaged(Connection c, UUID importJobId, String source, boolean replace) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                with valid as (
                    select t.* from import_zone t where not exists (select 1 from import_error e where e.line = t.line)),
                replaced as (
                    update zone z set geom = v.geom, source = ?, import_job_id = ?, is_sample = false
                      from valid v
                     where ? and z.code = v.code and coalesce(z.label, '') = coalesce(v.label, '')
                    returning v.line),
                inserted as (
                    insert into zone (code, label, geom, source, import_job_id)
                    select v.code, v.label, v.geom, ?, ? from valid v
                     where not exists (select 1 from zone z where z.code = v.code and coalesce(z.label, '') = coalesce(v.label, ''))
                     order by v.line
                    returning 1)
                select (select count(distinct line) from replaced) + (select count(*) from inserted)""")) {
            s.setString(1, source);
            s.setObject(2, importJobId);
            s.setBoolean(3, replace);
            s.setString(4, source);
            s.setObject(5, importJobId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

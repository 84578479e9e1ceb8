package org.manhal.exports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.locationtech.jts.io.WKBWriter;
import org.manhal.crs.Crs;
import org.springframework.stereotype.Service;

/**
 * Reads the wells of an export as a stream: one read-only transaction with a server-side cursor
 * ({@value #FETCH_SIZE} rows a round trip), so that a million wells flow to the client without
 * being held in memory. The bbox goes through the GiST index ({@code geom && ST_MakeEnvelope});
 * the polygon is the repeated argument of {@code ST_Covers}, which PostGIS prepares once.
 */
@Service
public class WellExporter {

    static final int FETCH_SIZE = 5_000;

    private final DataSource dataSource;

    public WellExporter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Passes every matching well to {@code sink}, in id order. */
    public void export(WellExportQuery q, Consumer<ExportedWell> sink) {
        List<Object> params = new ArrayList<>();
        String sql = sql(q, params);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs, q.personalData()));
                    }
                }
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export failed", e);
        }
    }

    private static String sql(WellExportQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder("""
                select w.id, w.registry_number, ST_X(w.geom) as lon, ST_Y(w.geom) as lat, w.type, w.use, w.status,
                       w.depth_m, w.diameter_mm, w.yield_m3_per_day, w.static_water_level_m, w.static_water_level_on,
                       w.ec_us_per_cm, w.pump_type, w.power_source, w.drilling_contractor, w.drilled_on,
                       w.location_accuracy, w.location_source, a.code as wilayat, g.code as governorate,
                       %s
                  from well w
                  left join admin_area a on a.id = w.wilayat_id
                  left join admin_area g on g.id = w.governorate_id
                 where w.deleted_at is null""".formatted(q.personalData()
                ? "w.owner_name, w.owner_civil_id, w.plot_number"
                // personal data is not even read unless the viewer may see it
                : "null as owner_name, null as owner_civil_id, null as plot_number"));
        if (q.use() != null) {
            sql.append(" and w.use = ?");
            params.add(q.use().name());
        }
        if (q.status() != null) {
            sql.append(" and w.status = ?");
            params.add(q.status().name());
        }
        if (q.bbox() != null) {
            sql.append(" and w.geom && ST_MakeEnvelope(?, ?, ?, ?, " + Crs.WGS84_SRID + ")");
            params.addAll(List.of(q.bbox().minLon(), q.bbox().minLat(), q.bbox().maxLon(), q.bbox().maxLat()));
        }
        if (q.governorateId() != null) {
            sql.append(" and w.governorate_id = ?");
            params.add(q.governorateId());
        }
        if (q.wilayatId() != null) {
            sql.append(" and w.wilayat_id = ?");
            params.add(q.wilayatId());
        }
        if (q.within() != null) {
            sql.append(" and ST_Covers(ST_GeomFromWKB(?, " + Crs.WGS84_SRID + "), w.geom)");
            params.add(new WKBWriter().write(q.within()));
        }
        return sql.append(" order by w.id").toString();
    }

    private static ExportedWell row(ResultSet rs, boolean personal) throws SQLException {
        return new ExportedWell(rs.getLong("id"), rs.getString("registry_number"), rs.getDouble("lon"), rs.getDouble("lat"),
                rs.getString("type"), rs.getString("use"), rs.getString("status"), number(rs, "depth_m"),
                number(rs, "diameter_mm"), number(rs, "yield_m3_per_day"), number(rs, "static_water_level_m"),
                date(rs.getDate("static_water_level_on")), number(rs, "ec_us_per_cm"), rs.getString("pump_type"),
                rs.getString("power_source"), rs.getString("drilling_contractor"), date(rs.getDate("drilled_on")),
                rs.getString("location_accuracy"), rs.getString("location_source"), rs.getString("wilayat"),
                rs.getString("governorate"), personal ? rs.getString("owner_name") : null,
                personal ? rs.getString("owner_civil_id") : null, personal ? rs.getString("plot_number") : null);
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}

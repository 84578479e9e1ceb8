package org.manhal.plot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import org.manhal.crs.Crs;
import org.manhal.crs.Wkb;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads plots: one by its key, the plots meeting a box (through the GiST index), and, apart, the
 * owner of one (personal data: never in a list).
 */
@Service
public class Plots {

    private static final String COLUMNS = "id, wilayat_code, plot_number, ST_AsBinary(geom) as wkb, area_m2, "
            + "ST_AsBinary(street_frontage) as frontage, is_sample";

    private final JdbcClient jdbc;

    Plots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plot with this number in this wilayat. */
    public Optional<Plot> find(PlotKey key) {
        return jdbc.sql("select " + COLUMNS + " from plot where wilayat_code = ? and plot_number = ?")
                .params(key.wilayat(), key.plotNumber()).query(Plots::read).optional();
    }

    /** The plot with this number in this wilayat, or {@link PlotNotFoundException}. */
    public Plot get(PlotKey key) {
        return find(key).orElseThrow(() -> new PlotNotFoundException(key));
    }

    /** The plots meeting the lon/lat box, by id, at most {@code limit} after {@code offset}. */
    public List<Plot> meeting(Envelope box, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from plot where geom && ST_MakeEnvelope(?, ?, ?, ?, " + Crs.WGS84_SRID
                        + ") order by id limit ? offset ?")
                .params(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), limit, offset)
                .query(Plots::read).list();
    }

    /** The owner of the plot, if recorded: personal data, for callers the security layer allows. */
    public Optional<PlotOwner> owner(long plotId) {
        return jdbc.sql("select name, civil_id from plot_owner where plot_id = ?").param(plotId)
                .query((rs, n) -> new PlotOwner(rs.getString("name"), rs.getString("civil_id"))).optional();
    }

    private static Plot read(ResultSet rs, int row) throws SQLException {
        WKBReader wkb = new WKBReader(Crs.WGS84);
        byte[] frontage = rs.getBytes("frontage");
        Geometry street = frontage == null ? null : Wkb.read(wkb, frontage);
        return new Plot(rs.getLong("id"), new PlotKey(rs.getString("wilayat_code"), rs.getString("plot_number")),
                (Polygon) Wkb.read(wkb, rs.getBytes("wkb")), rs.getBigDecimal("area_m2"), street,
                rs.getBoolean("is_sample"));
    }
}

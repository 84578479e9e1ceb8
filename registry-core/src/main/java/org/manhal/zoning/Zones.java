package org.manhal.zoning;

import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBReader;
import org.manhal.crs.Crs;
import org.manhal.crs.Wkb;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the zoning polygons meeting a lon/lat box, through the GiST index, by id. */
@Service
public class Zones {

    private final JdbcClient jdbc;

    Zones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The zones meeting the box, at most {@code limit} after {@code offset}. */
    public List<Zone> meeting(Envelope box, int limit, long offset) {
        WKBReader wkb = new WKBReader(Crs.WGS84);
        return jdbc.sql("""
                select z.id, z.code, r.name_ar, r.name_en, z.label, ST_AsBinary(z.geom) as wkb, z.is_sample or r.is_sample as sample
                  from zone z join zone_rule r on r.code = z.code
                 where z.geom && ST_MakeEnvelope(?, ?, ?, ?, %d)
                 order by z.id limit ? offset ?""".formatted(Crs.WGS84_SRID))
                .params(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), limit, offset)
                .query((rs, n) -> new Zone(rs.getLong("id"), rs.getString("code"), rs.getString("name_ar"),
                        rs.getString("name_en"), rs.getString("label"), Wkb.read(wkb, rs.getBytes("wkb")),
                        rs.getBoolean("sample")))
                .list();
    }
}

package org.manhal.spacing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.io.WKBReader;
import org.manhal.crs.Crs;
import org.manhal.crs.Wkb;
import org.manhal.rules.FeatureKind;
import org.manhal.well.BoundingBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lists the reference layers the spacing rules measure against: protected features and
 * restricted zones, filtered by kind and by a lon/lat bounding box (through the GiST index), by id.
 */
@Service
public class ReferenceLayers {


    private final JdbcClient jdbc;

    ReferenceLayers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Protected features of the given kinds (all non-zone kinds when empty) meeting the box (anywhere
     * when null), at most {@code limit}.
     */
    public List<ReferenceFeature> protectedFeatures(Set<FeatureKind> kinds, BoundingBox bbox, int limit) {
        return find("protected_feature", kinds, bbox, limit);
    }

    /** Restricted zones of the given zone kinds (all when empty) meeting the box, at most {@code limit}. */
    public List<ReferenceFeature> restrictedZones(Set<FeatureKind> kinds, BoundingBox bbox, int limit) {
        return find("restricted_zone", kinds, bbox, limit);
    }

    private List<ReferenceFeature> find(String table, Set<FeatureKind> kinds, BoundingBox bbox, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select id, kind, name_en, name_ar, ST_AsBinary(geom) as wkb, is_sample, source from ")
                .append(table).append(" where true");
        if (!kinds.isEmpty()) {
            sql.append(" and kind = any (?::text[])");
            params.add(kinds.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")));
        }
        if (bbox != null) {
            sql.append(" and geom && ST_MakeEnvelope(?, ?, ?, ?, " + Crs.WGS84_SRID + ")");
            params.addAll(List.of(bbox.minLon(), bbox.minLat(), bbox.maxLon(), bbox.maxLat()));
        }
        sql.append(" order by id limit ?");
        params.add(limit);
        WKBReader wkb = new WKBReader(Crs.WGS84);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new ReferenceFeature(rs.getLong("id"), FeatureKind.valueOf(rs.getString("kind")),
                        rs.getString("name_en"), rs.getString("name_ar"), Wkb.read(wkb, rs.getBytes("wkb")),
                        rs.getBoolean("is_sample"), rs.getString("source")))
                .list();
    }
}

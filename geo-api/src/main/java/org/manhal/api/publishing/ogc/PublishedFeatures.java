package org.manhal.api.publishing.ogc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.manhal.api.publishing.Attribute;
import org.manhal.api.publishing.AttributeType;
import org.manhal.api.publishing.Audience;
import org.manhal.api.publishing.LayerDefinition;
import org.manhal.api.publishing.PublicationReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the features of a published layer for OGC API Features: from its publication view, as the
 * publishing role (a staff layer as the staff publisher, for staff callers only), the attributes the caller's audience sees (the catalogue's), geometries reprojected by PostGIS into the CRS asked
 * for. A page and its numberMatched (up to {@link #MATCH_COUNT_LIMIT}) come from one snapshot.
 */
@Component
class PublishedFeatures {

    private final PublicationReader reader;

    PublishedFeatures(PublicationReader reader) {
        this.reader = reader;
    }

    /**
     * numberMatched is given up to this many features and left out above: counting every match
     * of a large box or filter cost 70–390 ms on 1M wells (docs/benchmarks.md) where the page
     * itself costs about 2 ms, and a count bounded by a limit stays cheap. Whether a next page
     * exists is known from one more row than the page, never from the count.
     */
    static final int MATCH_COUNT_LIMIT = 10_000;

    FeaturePage page(LayerDefinition layer, Audience caller, List<Attribute> attributes, FeatureQuery q) {
        SqlCondition where = SqlCondition.all(q.conditions());
        // The page of a next link starts after the last id of the one before (an index range);
        // numberMatched counts the whole query, the keyset left out.
        SqlCondition page = q.after().map(after -> SqlCondition.all(List.of(where,
                new SqlCondition("v." + layer.idColumn() + " > :after", Map.of("after", after))))).orElse(where);
        String select = select(layer, attributes, q.crs()) + " where " + page.sql() + " order by v." + layer.idColumn()
                + " limit :limit offset :offset";
        String count = "select count(*) from (select 1 from " + layer.view() + " v where " + where.sql()
                + " limit " + (MATCH_COUNT_LIMIT + 1) + ") m";
        boolean first = q.offset() == 0 && q.after().isEmpty();
        return reader.read(layer, caller, jdbc -> {
            List<FeatureRow> rows = bind(jdbc.sql(select), page).param("limit", q.limit() + 1).param("offset", q.offset())
                    .query((rs, i) -> row(attributes, rs)).list();
            boolean more = rows.size() > q.limit();
            List<FeatureRow> shown = more ? rows.subList(0, q.limit()) : rows;
            long matched = first && !more ? shown.size() : bind(jdbc.sql(count), where).query(Long.class).single();
            return new FeaturePage(shown, matched <= MATCH_COUNT_LIMIT ? matched : null, more);
        });
    }

    Optional<FeatureRow> one(LayerDefinition layer, Audience caller, List<Attribute> attributes, Object id, OgcCrs crs) {
        String sql = select(layer, attributes, crs) + " where v." + layer.idColumn() + " = :id";
        return reader.read(layer, caller, jdbc -> jdbc.sql(sql).param("id", id).query((rs, i) -> row(attributes, rs)).optional());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SqlCondition where) {
        where.params().forEach(spec::param);
        return spec;
    }

    private static String select(LayerDefinition layer, List<Attribute> attributes, OgcCrs crs) {
        String geometry = crs == OgcCrs.CRS84 ? "v.geom" : "ST_Transform(v.geom, " + crs.srid() + ")";
        String columns = attributes.stream().map(a -> "v." + a.column() + " as \"" + a.name() + "\"")
                .collect(Collectors.joining(", "));
        return "select v." + layer.idColumn() + " as fid, ST_AsGeoJSON(" + geometry + ", " + crs.digits() + ", 0) as geometry, "
                + columns + " from " + layer.view() + " v";
    }

    private static FeatureRow row(List<Attribute> attributes, ResultSet rs) throws SQLException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            properties.put(a.name(), value(a.type(), rs, a.name()));
        }
        return new FeatureRow(rs.getObject("fid"), rs.getString("geometry"), properties);
    }

    private static Object value(AttributeType type, ResultSet rs, String name) throws SQLException {
        Object v = rs.getObject(name);
        if (v == null) {
            return null;
        }
        return switch (type) {
            case DATE_TIME -> v instanceof Timestamp t
                    ? DateTimeFormatter.ISO_INSTANT.format(t.toInstant().atOffset(ZoneOffset.UTC)) : v.toString();
            case DATE -> v.toString();
            default -> v;
        };
    }
}

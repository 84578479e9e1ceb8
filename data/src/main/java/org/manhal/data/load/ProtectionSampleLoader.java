package org.manhal.data.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.manhal.data.admin.AdminBoundaries;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the sample protection layers ({@code /org/manhal/data/protection/}, see its README):
 * protected features and restricted zones, every row flagged {@code is_sample}. Runs inside the
 * caller's transaction; {@link ReferenceDataLoader} makes it idempotent.
 */
class ProtectionSampleLoader {

    private static final String FOLDER = "/org/manhal/data/protection/";

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    ProtectionSampleLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int load() {
        int rows = 0;
        for (JsonNode f : read(FOLDER + "protected-features.geojson").get("features")) {
            rows += insert("protected_feature", "ST_SetSRID(ST_GeomFromGeoJSON(?), " + AdminBoundaries.SRID + ")", f);
        }
        for (JsonNode f : read(FOLDER + "restricted-zones.geojson").get("features")) {
            rows += insert("restricted_zone", "ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(?), " + AdminBoundaries.SRID + "))", f);
        }
        jdbc.sql("analyze protected_feature").update();
        jdbc.sql("analyze restricted_zone").update();
        return rows;
    }

    private int insert(String table, String geometry, JsonNode feature) {
        JsonNode p = feature.get("properties");
        return jdbc.sql("insert into " + table + " (kind, name_en, name_ar, geom, is_sample, source) values (?, ?, ?, "
                        + geometry + ", ?, ?)")
                .params(p.get("kind").asString(), p.get("nameEn").asString(), p.get("nameAr").asString(),
                        feature.get("geometry").toString(), p.get("sample").asBoolean(), p.get("source").asString())
                .update();
    }

    private JsonNode read(String resource) {
        try (InputStream in = ReferenceDataLoader.open(resource)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.manhal.data.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Puts Oman's administrative boundaries (and, when asked, the sample wells) into an empty
 * database. Idempotent: each dataset is loaded once, recorded in {@code data_load}, and a dataset
 * is loaded in one transaction, so a failed load leaves nothing behind and is retried on the next
 * start.
 */
public class ReferenceDataLoader {

    static final String ADMIN_DATASET = "oman-admin";
    static final String SAMPLE_WELLS_DATASET = "sample-wells";
    static final String PROTECTION_SAMPLES_DATASET = "protection-samples";
    private static final String ADMIN = "/org/manhal/data/admin/";
    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final JdbcClient jdbc;
    private final TransactionOperations tx;
    private final ObjectMapper json = new ObjectMapper();

    public ReferenceDataLoader(JdbcClient jdbc, TransactionOperations tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * Loads the boundaries if they are not there yet, then the sample data if wanted: the sample
     * wells and the sample protection layers (invented zones must never constrain a real permit,
     * so they come and go with the other sample data).
     */
    public void load(boolean sampleWells) {
        loadOnce(ADMIN_DATASET, this::loadAdminAreas);
        if (sampleWells) {
            loadOnce(SAMPLE_WELLS_DATASET, () -> new SampleWellLoader(jdbc).load());
            loadOnce(PROTECTION_SAMPLES_DATASET, () -> new ProtectionSampleLoader(jdbc).load());
        }
    }

    private void loadOnce(String dataset, java.util.function.IntSupplier loader) {
        tx.executeWithoutResult(status -> {
            // One loader at a time, also across service instances starting together.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('manhal.data_load'))").query(Object.class).single();
            boolean loaded = jdbc.sql("select count(*) from data_load where dataset = ?")
                    .param(dataset).query(Long.class).single() > 0;
            if (loaded) {
                return;
            }
            jdbc.sql("select set_config('manhal.actor', ?, true)").param("system:" + dataset).query(String.class).single();
            int rows = loader.getAsInt();
            jdbc.sql("insert into data_load (dataset, rows) values (?, ?)").params(dataset, rows).update();
            log.info("loaded {} ({} rows)", dataset, rows);
        });
    }

    private int loadAdminAreas() {
        Map<String, String[]> governorateNames = csv(ADMIN + "governorates.csv", "iso");
        Map<String, String[]> wilayatNames = csv(ADMIN + "wilayats.csv", "wof_id");
        JsonNode country = read(ADMIN + "oman_adm0_country.geojson").get("features").get(0);
        long omanId = insertArea("COUNTRY", "OM", null, "عُمان", "Oman", country.get("geometry"));
        Map<String, Long> governorateIds = new HashMap<>();
        for (JsonNode f : read(ADMIN + "oman_adm1_governorates.geojson").get("features")) {
            String iso = f.get("properties").get("iso_3166_2").asString();
            String[] names = require(governorateNames, iso);
            governorateIds.put(iso, insertArea("GOVERNORATE", iso, omanId, names[2], names[1], f.get("geometry")));
        }
        for (JsonNode f : read(ADMIN + "oman_adm2_wilayats.geojson").get("features")) {
            String wofId = f.get("properties").get("wof_id").asString();
            String[] row = require(wilayatNames, wofId);
            insertArea("WILAYAT", row[1], governorateIds.get(row[2]), row[4], row[3], f.get("geometry"));
        }
        jdbc.sql("""
                insert into admin_area_part (area_id, level, geom)
                select id, level, (ST_Dump(ST_Subdivide(geom, 64))).geom from admin_area""").update();
        jdbc.sql("analyze admin_area").update();
        jdbc.sql("analyze admin_area_part").update();
        return 1 + governorateIds.size() + wilayatNames.size();
    }

    private long insertArea(String level, String code, Long parentId, String nameAr, String nameEn, JsonNode geometry) {
        return jdbc.sql("""
                insert into admin_area (level, code, parent_id, name_ar, name_en, geom)
                values (?, ?, ?, ?, ?, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)))
                returning id""")
                .params(level, code, parentId, nameAr, nameEn, geometry.toString())
                .query(Long.class).single();
    }

    private static String[] require(Map<String, String[]> table, String key) {
        String[] row = table.get(key);
        if (row == null) {
            throw new IllegalStateException("no names for " + key + " in the admin name tables");
        }
        return row;
    }

    private JsonNode read(String resource) {
        try (InputStream in = open(resource)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small CSV without quoted commas, keyed by the named column; each row as its cells. */
    static Map<String, String[]> csv(String resource, String keyColumn) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            List<String> header = List.of(r.readLine().split(","));
            int key = header.indexOf(keyColumn);
            Map<String, String[]> rows = new HashMap<>();
            r.lines().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).forEach(cells -> rows.put(cells[key], cells));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String resource) {
        InputStream in = ReferenceDataLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}

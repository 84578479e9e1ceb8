package org.manhal.data.load;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.manhal.data.admin.AdminBoundaries;
import org.manhal.data.admin.Governorate;
import org.manhal.data.admin.Wilayat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.manhal.audit.TransactionContext;
import org.manhal.common.Actor;
import org.manhal.well.WellRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

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
    static final String ZONING_SAMPLES_DATASET = "zoning-samples";
    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final JdbcClient jdbc;
    private final TransactionOperations tx;

    public ReferenceDataLoader(JdbcClient jdbc, TransactionOperations tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Loads Oman's boundaries if they are not there yet. */
    public void loadBoundaries() {
        loadOnce(ADMIN_DATASET, this::loadAdminAreas);
    }

    /**
     * Loads the sample data if it is not there yet: the sample protection layers, then the sample
     * wells through the registry's own door (so that they get history, counts and spacing
     * findings as any registered well), and the sample zoning (rules, zones, a district of plots).
     * Invented zones must never constrain a real permit, so
     * they come and go with the other sample data. The boundaries must be loaded.
     */
    public void loadSamples(WellRegistry registry) {
        loadOnce(PROTECTION_SAMPLES_DATASET, () -> new ProtectionSampleLoader(jdbc).load());
        loadOnce(ZONING_SAMPLES_DATASET, () -> new ZoningSampleLoader(jdbc).load());
        loadOnce(SAMPLE_WELLS_DATASET, () -> new SampleWellLoader(registry).load(new Actor("system:" + SAMPLE_WELLS_DATASET)));
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
            TransactionContext.bind(jdbc, new Actor("system:" + dataset), null);
            int rows = loader.getAsInt();
            jdbc.sql("insert into data_load (dataset, rows) values (?, ?)").params(dataset, rows).update();
            log.info("loaded {} ({} rows)", dataset, rows);
        });
    }

    /** Oman's outline, governorates and wilayats as {@link AdminBoundaries} reads and checks them. */
    private int loadAdminAreas() {
        AdminBoundaries boundaries = AdminBoundaries.fromClasspath();
        long omanId = insertArea("COUNTRY", "OM", null, "عُمان", "Oman", boundaries.country());
        Map<String, Long> governorateIds = new HashMap<>();
        for (Governorate g : boundaries.governorates()) {
            governorateIds.put(g.iso(), insertArea("GOVERNORATE", g.iso(), omanId, g.nameAr(), g.nameEn(), g.geometry()));
        }
        for (Wilayat w : boundaries.wilayats()) {
            insertArea("WILAYAT", w.code(), governorateIds.get(w.governorateIso()), w.nameAr(), w.nameEn(), w.geometry());
        }
        jdbc.sql("""
                insert into admin_area_part (area_id, level, geom)
                select id, level, (ST_Dump(ST_Subdivide(geom, 64))).geom from admin_area""").update();
        jdbc.sql("analyze admin_area").update();
        jdbc.sql("analyze admin_area_part").update();
        return 1 + governorateIds.size() + boundaries.wilayats().size();
    }

    /** WKB carries the coordinates bit for bit, as read from the GeoJSON. */
    private long insertArea(String level, String code, Long parentId, String nameAr, String nameEn, Geometry geometry) {
        return jdbc.sql("""
                insert into admin_area (level, code, parent_id, name_ar, name_en, geom)
                values (?, ?, ?, ?, ?, ST_Multi(ST_GeomFromWKB(?, %d)))
                returning id""".formatted(AdminBoundaries.SRID))
                .params(level, code, parentId, nameAr, nameEn, new WKBWriter().write(geometry))
                .query(Long.class).single();
    }

    static InputStream open(String resource) {
        InputStream in = ReferenceDataLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}

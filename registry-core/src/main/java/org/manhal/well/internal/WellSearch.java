package org.manhal.well.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.manhal.crs.Crs;
import org.manhal.well.Well;
import org.manhal.well.WellPage;
import org.manhal.well.WellQuery;
import org.springframework.stereotype.Repository;

/**
 * The registry's searches, in SQL so that the bounding box goes through the GiST index on
 * {@code well.geom} ({@code geom && ST_MakeEnvelope(...)}, never a cast that defeats it).
 */
@Repository
public class WellSearch {

    private final EntityManager em;

    WellSearch(EntityManager em) {
        this.em = em;
    }

    public WellPage find(WellQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        Query select = em.createNativeQuery("select * from well w" + where
                + " order by w.id limit " + q.limit() + " offset " + q.offset(), Well.class);
        Query count = em.createNativeQuery("select count(*) from well w" + where, Long.class);
        for (int i = 0; i < params.size(); i++) {
            select.setParameter(i + 1, params.get(i));
            count.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Well> wells = select.getResultList();
        long matched = q.offset() == 0 && wells.size() < q.limit()
                ? wells.size()
                : ((Number) count.getSingleResult()).longValue();
        return new WellPage(wells, matched);
    }

    private static String where(WellQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where w.deleted_at is null");
        if (q.bbox() != null) {
            sql.append(" and w.geom && ST_MakeEnvelope(").append(bind(params, q.bbox().minLon()))
                    .append(", ").append(bind(params, q.bbox().minLat()))
                    .append(", ").append(bind(params, q.bbox().maxLon()))
                    .append(", ").append(bind(params, q.bbox().maxLat())).append(", ").append(Crs.WGS84_SRID).append(")");
        }
        if (q.registryNumber() != null) {
            // Equality (as typed, or upper case as the registry writes its own numbers), so the
            // unique index on registry_number answers it.
            String typed = q.registryNumber().strip();
            sql.append(" and w.registry_number in (").append(bind(params, typed)).append(", ")
                    .append(bind(params, typed.toUpperCase(Locale.ROOT))).append(")");
        }
        if (q.use() != null) {
            sql.append(" and w.use = ").append(bind(params, q.use().name()));
        }
        if (q.status() != null) {
            sql.append(" and w.status = ").append(bind(params, q.status().name()));
        }
        return sql.toString();
    }

    /** Adds a parameter and answers its JPA ordinal placeholder. */
    private static String bind(List<Object> params, Object value) {
        params.add(value);
        return "?" + params.size();
    }
}

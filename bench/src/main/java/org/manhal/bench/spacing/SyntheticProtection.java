package org.manhal.bench.spacing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Synthetic protected features and restricted zones for the spacing benchmark, placed
 * deterministically among the synthetic wells (so that they lie where wells are), at about the
 * density Oman's records suggest: 4,000 falaj mother wells and channels (4,112 aflaj are
 * recorded; at most one per 4 km cell), 2,000 public supply wells, 1,500 fuel stations, 150 sewage plants, 80 landfills,
 * 50,000 septic tanks (not inventoried in Oman; a generous guess), red and orange protection
 * zones around ~300 supply wells, and ~100 restricted zones of 5–30 km. Loaded once (source
 * {@code synthetic-bench}).
 */
final class SyntheticProtection {

    static final String SOURCE = "synthetic-bench";

    private SyntheticProtection() {
    }

    /** Loads them unless present; answers how many features and zones there are. */
    static String ensure(JdbcClient jdbc) {
        boolean present = jdbc.sql("select exists (select 1 from protected_feature where source = ?)").param(SOURCE)
                .query(Boolean.class).single();
        if (!present) {
            load(jdbc);
        }
        return jdbc.sql("select (select count(*) from protected_feature where source = ?) || ' protected features, '"
                        + " || (select count(*) from restricted_zone where source = ?) || ' restricted zones'")
                .params(SOURCE, SOURCE).query(String.class).single();
    }

    private static void load(JdbcClient jdbc) {
        // at most one falaj per 0.04° cell (≈ 4 km), as a village has one or a few aflaj
        jdbc.sql("""
                insert into protected_feature (kind, name_en, geom, is_sample, source)
                select 'FALAJ_MOTHER_WELL', 'Synthetic falaj ' || id, ST_Translate(geom, 0.01, 0.008), true, ?
                  from (select distinct on (floor(ST_X(geom) / 0.04), floor(ST_Y(geom) / 0.04)) id, geom
                          from well where registry_number like 'SYN-%'
                         order by floor(ST_X(geom) / 0.04), floor(ST_Y(geom) / 0.04), id) cells
                 order by id % 997, id limit 4000""").param(SOURCE).update();
        jdbc.sql("""
                insert into protected_feature (kind, name_en, geom, is_sample, source)
                select 'FALAJ_CHANNEL', 'Synthetic channel ' || id, ST_MakeLine(geom, ST_Translate(geom, 0.012, -0.009)), true, ?
                  from protected_feature where kind = 'FALAJ_MOTHER_WELL' and source = ?""").params(SOURCE, SOURCE).update();
        points(jdbc, "PUBLIC_SUPPLY_WELL", 500, 7, 800);
        points(jdbc, "FUEL_STATION", 667, 13, 300);
        points(jdbc, "SEPTIC_TANK", 20, 3, 40);
        squares(jdbc, "SEWAGE_PLANT", 6667, 11, 0.001);
        squares(jdbc, "LANDFILL", 12500, 5, 0.0025);
        jdbc.sql("""
                insert into restricted_zone (kind, name_en, geom, is_sample, source)
                select 'WPZ_RED', 'Synthetic red zone ' || id, ST_Multi(ST_Buffer(geom, 0.006, 'quad_segs=16')), true, ?
                  from protected_feature where kind = 'PUBLIC_SUPPLY_WELL' and source = ? and id % 7 = 0 limit 300""")
                .params(SOURCE, SOURCE).update();
        jdbc.sql("""
                insert into restricted_zone (kind, name_en, geom, is_sample, source)
                select 'WPZ_ORANGE', 'Synthetic orange zone ' || id,
                       ST_Multi(ST_Difference(ST_Buffer(geom, 0.02, 'quad_segs=16'), ST_Buffer(geom, 0.006, 'quad_segs=16'))), true, ?
                  from protected_feature where kind = 'PUBLIC_SUPPLY_WELL' and source = ? and id % 7 = 0 limit 300""")
                .params(SOURCE, SOURCE).update();
        zones(jdbc, "NO_NEW_WELLS_ZONE", 50000, 17, "ST_Buffer(ST_MakeLine(geom, ST_Translate(geom, 0.3, -0.1)), 0.03, 'quad_segs=8')");
        zones(jdbc, "REPLACEMENT_ONLY_ZONE", 33333, 5, "ST_Buffer(geom, 0.05, 'quad_segs=16')");
        zones(jdbc, "STUDY_REQUIRED_ZONE", 20000, 9, "ST_Buffer(geom, 0.08, 'quad_segs=16')");
        jdbc.sql("analyze protected_feature").update();
        jdbc.sql("analyze restricted_zone").update();
    }

    /** One point per {@code every} synthetic wells, shifted by up to {@code metres} (≈ degrees × 100,000). */
    private static void points(JdbcClient jdbc, String kind, int every, int offset, int metres) {
        jdbc.sql("""
                insert into protected_feature (kind, name_en, geom, is_sample, source)
                select ?, 'Synthetic ' || ? || ' ' || id,
                       ST_Translate(geom, ((id * 7919) % (2 * ? + 1) - ?) / 100000.0, ((id * 104729) % (2 * ? + 1) - ?) / 100000.0),
                       true, ?
                  from well where registry_number like 'SYN-%' and id % ? = ?""")
                .params(kind, kind, metres, metres, metres, metres, SOURCE, every, offset).update();
    }

    private static void squares(JdbcClient jdbc, String kind, int every, int offset, double half) {
        jdbc.sql("""
                insert into protected_feature (kind, name_en, geom, is_sample, source)
                select ?, 'Synthetic ' || ? || ' ' || id, ST_Expand(ST_Translate(geom, 0.004, 0.004), ?), true, ?
                  from well where registry_number like 'SYN-%' and id % ? = ?""")
                .params(kind, kind, half, SOURCE, every, offset).update();
    }

    private static void zones(JdbcClient jdbc, String kind, int every, int offset, String polygon) {
        jdbc.sql("insert into restricted_zone (kind, name_en, geom, is_sample, source)"
                        + " select ?, 'Synthetic ' || ? || ' ' || id, ST_Multi(" + polygon + "), true, ?"
                        + " from well where registry_number like 'SYN-%' and id % ? = ?")
                .params(kind, kind, SOURCE, every, offset).update();
    }
}

package org.manhal.data.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the synthetic sample wells ({@code /org/manhal/data/wells/sample-wells.csv}) set-based:
 * the rows go into a temporary table, then one INSERT assigns each well its wilayat (spatial join),
 * governorate and registry number, exactly as a registration through the API does, and flags it
 * {@code is_sample}: a spacing verdict resting on a sample well says so and grants no permit. Runs
 * inside the caller's transaction.
 */
class SampleWellLoader {

    private static final String RESOURCE = "/org/manhal/data/wells/sample-wells.csv";
    private static final List<String> COLUMNS = List.of("lon", "lat", "type", "use", "status", "depthM",
            "diameterMm", "yieldM3PerDay", "ownerName", "ownerCivilId");

    private final JdbcClient jdbc;

    SampleWellLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int load() {
        jdbc.sql("""
                create temporary table sample_well (
                    line int, lon float8, lat float8, type text, use text, status text, depth_m float8,
                    diameter_mm float8, yield_m3_per_day float8, owner_name text, owner_civil_id text
                ) on commit drop""").update();
        List<String[]> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            jdbc.sql("insert into sample_well values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(i + 2, Double.parseDouble(c[0]), Double.parseDouble(c[1]), c[2], c[3], c[4],
                            number(c[5]), number(c[6]), number(c[7]), text(c[8]), text(c[9]))
                    .update();
        }
        return jdbc.sql("""
                insert into well (registry_number, geom, type, use, status, depth_m, diameter_mm, yield_m3_per_day,
                                  owner_name, owner_civil_id, wilayat_id, governorate_id, is_sample)
                select next_registry_number(g.code, extract(year from now() at time zone 'Asia/Muscat')::int),
                       s.geom, s.type, s.use, s.status, s.depth_m, s.diameter_mm, s.yield_m3_per_day,
                       s.owner_name, s.owner_civil_id, w.id, g.id, true
                  from (select *, ST_SetSRID(ST_MakePoint(lon, lat), 4326) as geom,
                               wilayat_of(ST_SetSRID(ST_MakePoint(lon, lat), 4326)) as wilayat_id
                          from sample_well) s
                  join admin_area w on w.id = s.wilayat_id
                  join admin_area g on g.id = w.parent_id
                 order by s.line""").update();
    }

    private static List<String[]> rows() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ReferenceDataLoader.open(RESOURCE), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(r.readLine().split(","));
            if (!header.equals(COLUMNS)) {
                throw new IllegalStateException(RESOURCE + ": expected columns " + COLUMNS + ", found " + header);
            }
            List<String[]> rows = new ArrayList<>();
            r.lines().filter(l -> !l.isBlank()).forEach(l -> rows.add(l.split(",", -1)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double number(String cell) {
        return cell.isBlank() ? null : Double.valueOf(cell);
    }

    private static String text(String cell) {
        return cell.isBlank() ? null : cell;
    }
}

package org.manhal.api.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Wells;

import tools.jackson.databind.JsonNode;

/**
 * Import files for the tests, written around a fresh spot (see {@link Wells#freshSpot()}) so that
 * each test's wells are its own; rows are 0.001° (about 100 m) apart unless a test wants them close.
 */
final class ImportFixtures {

    static final String HEADER = "lon,lat,type,use,status,depthM,diameterMm,yieldM3PerDay";

    private ImportFixtures() {
    }

    /** A valid CSV row at the spot, shifted east by {@code i} × 0.001°. */
    static String row(double[] spot, int i) {
        return String.format(Locale.ROOT, "%.7f,%.7f,BOREHOLE,AGRICULTURAL,ACTIVE,120.5,200,350", spot[0] + i * 0.001, spot[1]);
    }

    static String csv(String header, String... rows) {
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    /** The number of wells the API lists in a box of about ±0.02° around the spot. */
    static long wellsNear(ApiClient api, double[] spot) {
        String bbox = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", spot[0] - 0.02, spot[1] - 0.02, spot[0] + 0.02, spot[1] + 0.02);
        return api.get("/api/wells?limit=1&bbox=" + bbox).json().path("numberMatched").asLong();
    }

    /** The report's errors as "line field CODE", sorted. */
    static Set<String> errors(Response r) {
        return errors(r.json());
    }

    static Set<String> errors(JsonNode job) {
        Set<String> found = new TreeSet<>();
        for (JsonNode e : job.path("errors")) {
            found.add(e.path("line").asLong() + " " + e.path("field").asString() + " " + e.path("code").asString());
        }
        return found;
    }

    static List<String> rows(double[] spot, int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(row(spot, i));
        }
        return rows;
    }
}

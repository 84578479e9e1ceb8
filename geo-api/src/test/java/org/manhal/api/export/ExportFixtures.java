package org.manhal.api.export;

import java.util.Locale;

import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Uploads;

/** Three wells with owners and plots at a spot, imported for the export tests. */
final class ExportFixtures {

    static final String OWNER = "خالد بن سعيد";
    static final String CIVIL_ID = "87654321";

    private ExportFixtures() {
    }

    /** Imports a DOMESTIC, an AGRICULTURAL and a LIVESTOCK well, 0.001° apart eastwards. */
    static void wellsAt(ApiClient api, double[] spot) {
        String csv = "lon,lat,type,use,status,depthM,ownerName,ownerCivilId,plotNumber,drillingContractor\n"
                + row(spot, 0, "DOMESTIC") + row(spot, 1, "AGRICULTURAL") + row(spot, 2, "LIVESTOCK");
        Response r = Uploads.upload(api, "mode=all-or-nothing", "owners.csv", csv);
        if (r.json().path("rowsImported").asLong() != 3) {
            throw new IllegalStateException("fixture import failed: " + r.body());
        }
    }

    private static String row(double[] spot, int i, String use) {
        return String.format(Locale.ROOT, "%.7f,%.7f,BOREHOLE,%s,ACTIVE,90.5,%s,%s,PL-%d,\"Al Noor, LLC\"%n",
                spot[0] + i * 0.001, spot[1], use, OWNER, CIVIL_ID, i);
    }

    static String bbox(double[] spot) {
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", spot[0] - 0.0005, spot[1] - 0.0005, spot[0] + 0.0025, spot[1] + 0.0005);
    }

    /** A WKT polygon around the first two wells only. */
    static String firstTwo(double[] spot) {
        double w = spot[0] - 0.0005;
        double e = spot[0] + 0.0015;
        double s = spot[1] - 0.0005;
        double n = spot[1] + 0.0005;
        return String.format(Locale.ROOT, "POLYGON((%.6f %.6f,%.6f %.6f,%.6f %.6f,%.6f %.6f,%.6f %.6f))", w, s, e, s, e, n, w, n, w, s);
    }
}

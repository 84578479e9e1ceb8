package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Uploads;
import org.manhal.support.Wells;
import org.manhal.well.Owner;
import org.manhal.well.WellDetails;
import org.manhal.well.WellRegistry;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The import's set-based rules (SQL) are the single registration's rules (WellValidator, Java)
 * written a second time for speed. The same bad rows go through both here, and each row must get
 * the same fields and codes, so that the two cannot drift apart unnoticed.
 */
@ManhalApiTest
class ImportRulesIntegrationTests {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final String HEADER = "lon,lat,type,use,status,depthM,diameterMm,yieldM3PerDay,staticWaterLevelM,"
            + "ecUsPerCm,drilledOn,ownerName,ownerCivilId,plotNumber";

    @Autowired
    WellRegistry registry;

    /** One row: lon, lat, type, use, status, depth, diameter, yield, swl, ec, drilledOn, owner, civil ID, plot. */
    private record Case(double lon, double lat, WellType type, WellUse use, WellStatus status, Double depth,
                        Double diameter, Double yield, Double swl, Double ec, LocalDate drilledOn, String owner,
                        String civilId, String plot) {
    }

    @Test
    void importAndSingleRegistrationRejectTheSameRowsWithTheSameCodes(ApiClient api) {
        double[] s = Wells.freshSpot();
        List<Case> cases = List.of(
                valid(s, 0),
                new Case(0, 0, WellType.BOREHOLE, WellUse.DOMESTIC, WellStatus.ACTIVE, null, null, null, null, null, null, null, null, null),
                new Case(s[1], s[0], WellType.BOREHOLE, WellUse.DOMESTIC, WellStatus.ACTIVE, null, null, null, null, null, null, null, null, null),
                new Case(655000, 2536000, WellType.BOREHOLE, WellUse.DOMESTIC, WellStatus.ACTIVE, null, null, null, null, null, null, null, null, null),
                new Case(58.7, 23.9, null, null, null, null, null, null, null, null, null, null, null, null),
                with(s, 2, -1.0, 10.0, 200_000.0, null, -5.0, null, null, null, null),
                with(s, 3, 2_500.0, 6_000.0, -1.0, 3_000.0, 300_000.0, null, null, null, null),
                with(s, 4, 30.0, 200.0, 10.0, 45.0, 1_000.0, LocalDate.now().plusYears(2), "x".repeat(201), "12a", "y".repeat(201)),
                with(s, 5, 0.0, 25.0, 0.0, 0.0, 0.0, LocalDate.of(1990, 1, 1), "سالم", "1234", "P-1"));

        Map<Integer, Set<String>> java = new TreeMap<>();
        Map<Integer, Set<String>> sql = new TreeMap<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            java.put(i + 2, registry.check(details(cases.get(i))).stream().map(v -> v.field() + " " + v.code())
                    .collect(Collectors.toCollection(TreeSet::new)));
            sql.put(i + 2, new TreeSet<>());
            rows.add(csv(cases.get(i)));
        }
        Response r = Uploads.upload(api, "mode=all-or-nothing", "rules.csv",
                HEADER + "\n" + String.join("\n", rows) + "\n");
        for (JsonNode e : r.json().path("errors")) {
            sql.get(e.path("line").asInt()).add(e.path("field").asString() + " " + e.path("code").asString());
        }

        assertThat(sql).as(r.body()).isEqualTo(java);
        assertThat(java.values().stream().filter(Set::isEmpty).count()).isEqualTo(2);   // the two valid rows
    }

    private static Case valid(double[] s, int i) {
        return with(s, i, 120.5, 200.0, 350.0, null, null, null, null, null, null);
    }

    private static Case with(double[] s, int i, Double depth, Double diameter, Double yield, Double swl, Double ec,
                             LocalDate drilledOn, String owner, String civilId, String plot) {
        return new Case(s[0] + i * 0.001, s[1], WellType.BOREHOLE, WellUse.AGRICULTURAL, WellStatus.ACTIVE, depth,
                diameter, yield, swl, ec, drilledOn, owner, civilId, plot);
    }

    private static WellDetails details(Case c) {
        Owner owner = c.owner() == null && c.civilId() == null ? null : new Owner(c.owner(), c.civilId());
        return new WellDetails(WGS84.createPoint(new Coordinate(c.lon(), c.lat())), null, null, null, c.type(), c.use(),
                c.status(), c.depth(), c.diameter(), c.yield(), c.swl(), null, c.ec(), null, null, owner, c.plot(), null,
                c.drilledOn(), List.of());
    }

    private static String csv(Case c) {
        return String.join(",", String.format(Locale.ROOT, "%.7f,%.7f", c.lon(), c.lat()), text(c.type()), text(c.use()),
                text(c.status()), text(c.depth()), text(c.diameter()), text(c.yield()), text(c.swl()), text(c.ec()),
                text(c.drilledOn()), text(c.owner()), text(c.civilId()), text(c.plot()));
    }

    private static String text(Object v) {
        return v == null ? "" : v instanceof Double d ? String.format(Locale.ROOT, "%s", d) : v.toString();
    }
}

package org.manhal.bench.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.manhal.bench.BenchDatabase;
import org.manhal.bench.BenchOptions;
import org.manhal.bench.Benchmark;
import org.manhal.bench.Machine;
import org.manhal.bench.Samples;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The zoning check {@code POST /api/checks/zoning} on the sample district (the service loads it
 * with MANHAL_SAMPLE_DATA=true), or with {@code --plots N} on a synthetic district of N plots and
 * N/10 zones (issue 9's 100k and 10k), beside the plain PostGIS query computing the same answer in the
 * same run: the footprint within the plot ({@code ST_CoveredBy} in UTM 40N), its distance to the
 * plot's boundary and to the street edges, the footprint and plot areas and the coverage, the
 * zones the plot meets with their shares and rules, and the restricted zones and protected
 * features near the footprint. Requests: every sample plot, the footprint the plot shrunk by 1, 4
 * or 7 m (PostGIS, mitred), residential, 2 floors, 8 m; the service's footprint area and boundary
 * distance are checked against the plain query's (to 1 cm, 0.01 m²).
 */
public final class ZoningBenchmark implements Benchmark {

    private static final String PLAIN = """
            with f as (select ST_SetSRID(ST_GeomFromGeoJSON(:foot), 4326) as g),
                 fm as (select g, ST_Transform(g, 32640) as m from f),
                 p as (select geom, ST_Transform(geom, 32640) as m, ST_Transform(street_frontage, 32640) as front
                         from plot where wilayat_code = :wilayat and plot_number = :number)
            select ST_Area(fm.m) as footprint_area, ST_Area(p.m) as plot_area, ST_CoveredBy(fm.m, p.m) as inside,
                   ST_Distance(ST_Boundary(p.m), fm.m) as boundary_distance, ST_Distance(p.front, fm.m) as front_distance,
                   100 * ST_Area(fm.m) / ST_Area(p.m) as coverage_pct,
                   (select json_agg(json_build_object('code', z.code,
                            'share', ST_Area(ST_Transform(ST_Intersection(z.geom, p.geom), 32640)),
                            'coverage', r.max_coverage_pct, 'front', r.setback_front_m, 'side', r.setback_side_m,
                            'rear', r.setback_rear_m, 'floors', r.max_floors, 'height', r.max_height_m,
                            'permitted', r.permitted_uses, 'conditional', r.conditional_uses))
                      from zone z join zone_rule r on r.code = z.code
                     where z.geom && p.geom and ST_Intersects(z.geom, p.geom)) as zones,
                   (select count(*) from restricted_zone rz where rz.geom && fm.g and ST_Intersects(rz.geom, fm.g)) as restricted,
                   (select count(*) from protected_feature pf
                      join zoning_protection_distance d on d.target_kind = pf.kind
                     where pf.geom && ST_Expand(fm.g, 0.01)
                       and ST_DWithin(pf.geom::geography, fm.g::geography, d.distance_m)) as protected
              from fm, p""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Request(String wilayat, String number, String footprint) {

        String json() {
            return "{\"plot\": {\"wilayat\": \"" + wilayat + "\", \"plotNumber\": \"" + number + "\"}, \"footprint\": " + footprint
                    + ", \"use\": \"RESIDENTIAL\", \"floors\": 2, \"heightM\": 8}";
        }
    }

    private final List<String> lines = new ArrayList<>();

    @Override
    public String usage() {
        return "--url http://localhost:PORT --rounds R (each request, default 3) [--plots N (a synthetic district of N plots"
                + " and N/10 zones, made once; default 0: the sample district) --requests K (of those plots, default 1000)] --out FILE";
    }

    @Override
    public void run(BenchDatabase db, BenchOptions options) throws Exception {
        Service service = Service.from(options);
        JdbcClient jdbc = db.jdbc();
        int rounds = (int) options.number("rounds", 3);
        long plots = options.number("plots", 0);
        String source = plots > 0 ? SYNTHETIC_SOURCE : "sample";
        long every = 1;
        if (plots > 0) {
            syntheticDistrict(jdbc, plots);
            every = Math.max(1, plots / options.number("requests", 1000));
        }
        List<Request> requests = jdbc.sql("""
                select wilayat_code, plot_number, ST_AsGeoJSON(ST_Transform(ST_Buffer(ST_Transform(geom, 32640), -d, 'join=mitre'), 4326), 9)
                  from plot, lateral (select (array[1, 4, 7])[1 + (id % 3)::int] as d) s
                 where (case when :synthetic then source = :source else is_sample end) and id % :every = 0
                   and not ST_IsEmpty(ST_Buffer(ST_Transform(geom, 32640), -d, 'join=mitre'))
                 order by id""")
                .param("synthetic", plots > 0).param("source", SYNTHETIC_SOURCE).param("every", every)
                .query((rs, i) -> new Request(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        long plotCount = jdbc.sql("select count(*) from plot").query(Long.class).single();
        long zoneCount = jdbc.sql("select count(*) from zone").query(Long.class).single();
        if (requests.isEmpty()) {
            throw new IllegalStateException("no sample plots: start the service on the bench database with MANHAL_SAMPLE_DATA=true");
        }
        int agree = 0;
        int checked = 0;
        List<String> verdicts = new ArrayList<>();
        for (Request r : requests) { // warm-up, and the answers compared
            Service.Answer a = service.post("/api/checks/zoning", r.json());
            if (a.status() != 200) {
                verdicts.add(String.valueOf(a.status()));
                continue;
            }
            JsonNode v = JSON.readTree(a.body());
            verdicts.add(v.get("verdict").asString());
            Plain p = plain(jdbc, r);
            checked++;
            boolean sameArea = Math.abs(v.get("footprintAreaM2").asDouble() - p.footprintArea()) <= 0.01;
            boolean sameDistance = v.get("boundaryDistanceM").isNull()
                    || Math.abs(v.get("boundaryDistanceM").asDouble() - p.boundaryDistance()) <= 0.01;
            agree += sameArea && sameDistance ? 1 : 0;
        }
        requests = requests.stream().filter(r -> service.post("/api/checks/zoning", r.json()).status() == 200).toList();
        double loadBefore = Machine.load1();
        Samples serviceMs = new Samples();
        Samples plainMs = new Samples();
        for (int round = 0; round < rounds; round++) {
            for (Request r : requests) {
                if (round % 2 == 0) {
                    serviceMs.add(TilesBenchmark.time(() -> service.post("/api/checks/zoning", r.json())));
                    plainMs.add(TilesBenchmark.time(() -> plain(jdbc, r)));
                } else {
                    plainMs.add(TilesBenchmark.time(() -> plain(jdbc, r)));
                    serviceMs.add(TilesBenchmark.time(() -> service.post("/api/checks/zoning", r.json())));
                }
            }
        }
        java.util.Map<String, Long> byVerdict = new java.util.TreeMap<>();
        verdicts.forEach(v -> byVerdict.merge(v, 1L, Long::sum));
        lines.add(String.format(Locale.ROOT, "### Zoning check, %s (%s)",
                plots > 0 ? String.format(Locale.ROOT, "%,d plots and %,d zones", plotCount, zoneCount) : "sample district",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        lines.add("");
        lines.add("Machine: " + Machine.describe(jdbc) + "; service, PostgreSQL and this client on the same host. "
                + requests.size() + " requests (" + (plots > 0 ? "every " + every + "th plot of the synthetic district" : "every sample plot")
                + ", footprint shrunk by 1, 4 or 7 m), " + rounds
                + " rounds after one warm-up round, service and plain alternating; milliseconds p50 / p95 / max.");
        lines.add("");
        lines.add("| one client | p50 / p95 / max ms | mean ms | load (1 min) |");
        lines.add("|---|---:|---:|---|");
        lines.add(String.format(Locale.ROOT, "| **service** (`POST /api/checks/zoning` over HTTP, JSON verdict read) | **%s** | %.2f | %.1f → %.1f |",
                TilesBenchmark.triple(serviceMs), serviceMs.meanMs(), loadBefore, Machine.load1()));
        lines.add(String.format(Locale.ROOT, "| plain PostGIS query (one statement over JDBC: inside, distances, areas, zones and rules, restrictions) | %s | %.2f | |",
                TilesBenchmark.triple(plainMs), plainMs.meanMs()));
        lines.add(String.format(Locale.ROOT, "| ratio service ÷ plain | %.2f / %.2f / — | %.2f | |",
                serviceMs.percentileMs(0.5) / plainMs.percentileMs(0.5), serviceMs.percentileMs(0.95) / plainMs.percentileMs(0.95),
                serviceMs.meanMs() / plainMs.meanMs()));
        lines.add("");
        lines.add("Verdicts " + byVerdict + "; footprint area and boundary distance equal to the plain query's (1 cm, 0.01 m²) in "
                + agree + " of " + checked + " checks. Load average at the end: " + Machine.load() + ".");
        lines.add("");
        String markdown = String.join("\n", lines) + "\n";
        System.out.print(markdown);
        Files.writeString(Path.of(options.text("out", "bench/target/zoning-results.md")), markdown);
    }

    /** Where {@link #syntheticDistrict} puts its plots: a made-up grid, marked as sample data. */
    static final String SYNTHETIC_SOURCE = "bench-synthetic";

    /**
     * A synthetic district of {@code plots} plots, 20 × 30 m on a 25 × 35 m grid (5 m streets,
     * the south edge the street frontage) inland near Nizwa (UTM 40N from 540,000 E, 2,530,000 N:
     * about 57.4°E, 22.9°N, away from the sample district), and a zone per block of 2 × 5 plots,
     * its edges in the middle of the streets (so no plot is split), the codes of the sample zone
     * rules in turn: {@code plots / 10} zones. Made once (kept while the count matches), marked
     * {@code is_sample} with source {@value #SYNTHETIC_SOURCE}; the wilayat is the one holding the
     * grid's centre.
     */
    private static void syntheticDistrict(JdbcClient jdbc, long plots) {
        long have = jdbc.sql("select count(*) from plot where source = ?").param(SYNTHETIC_SOURCE).query(Long.class).single();
        if (have == plots) {
            return;
        }
        int columns = (int) Math.ceil(Math.sqrt(plots));
        jdbc.sql("delete from zone where source = ?").param(SYNTHETIC_SOURCE).update();
        jdbc.sql("delete from plot where source = ?").param(SYNTHETIC_SOURCE).update();
        jdbc.sql("""
                insert into plot (wilayat_code, plot_number, geom, area_m2, street_frontage, is_sample, source)
                select w.code, 'SYN-' || i || '-' || j,
                       ST_Transform(ST_MakeEnvelope(e, n, e + 20, n + 30, 32640), 4326), 600,
                       ST_Multi(ST_Transform(ST_SetSRID(ST_MakeLine(ST_MakePoint(e, n), ST_MakePoint(e + 20, n)), 32640), 4326)),
                       true, :source
                  from generate_series(0, :columns - 1) i, generate_series(0, :columns - 1) j,
                       lateral (select 540000 + 25.0 * i as e, 2530000 + 35.0 * j as n) c,
                       (select code from admin_area
                         where level = 'WILAYAT'
                           and ST_Contains(geom, ST_Transform(ST_SetSRID(ST_MakePoint(540000 + 12.5 * :columns, 2530000 + 17.5 * :columns), 32640), 4326))) w
                 where i * :columns + j < :plots""")
                .param("source", SYNTHETIC_SOURCE).param("columns", columns).param("plots", plots).update();
        jdbc.sql("""
                insert into zone (code, label, geom, is_sample, source)
                select (array['R1', 'R2', 'C1', 'G1'])[1 + (bi + bj) % 4], 'SYN block ' || bi || '-' || bj,
                       ST_Multi(ST_Transform(ST_Segmentize(ST_MakeEnvelope(540000 - 2.5 + 50.0 * bi, 2530000 - 2.5 + 175.0 * bj,
                                                                          540000 - 2.5 + 50.0 * (bi + 1), 2530000 - 2.5 + 175.0 * (bj + 1), 32640), 5), 4326)),
                       true, :source
                  from generate_series(0, (:columns + 1) / 2 - 1) bi, generate_series(0, (:columns + 4) / 5 - 1) bj""")
                .param("source", SYNTHETIC_SOURCE).param("columns", columns).update();
        jdbc.sql("analyze plot").update();
        jdbc.sql("analyze zone").update();
    }

    private record Plain(double footprintArea, double boundaryDistance) {
    }

    private static Plain plain(JdbcClient jdbc, Request r) {
        return jdbc.sql(PLAIN).param("foot", r.footprint()).param("wilayat", r.wilayat()).param("number", r.number())
                .query((rs, i) -> {
                    for (int k = 3; k <= 9; k++) {
                        rs.getObject(k);
                    }
                    return new Plain(rs.getDouble("footprint_area"), rs.getDouble("boundary_distance"));
                }).single();
    }
}

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The citizen's view {@code GET /api/public/applications/{ref}} with {@code X-Access-Code}: a
 * wrong reference, a wrong code and the right one, interleaved (the order rotates every round), so
 * that the three see the same machine. A wrong reference and a wrong code must be
 * indistinguishable (the same 404 after the same slow hash; the issue: medians within 1 ms over
 * 1,000 tries each). The peers here are the three cases themselves: there is no plain query.
 * The application is filed anonymously once, with a fixed idempotency key, so a second run reuses it.
 */
public final class AccessCodeBenchmark implements Benchmark {

    private final List<String> lines = new ArrayList<>();

    @Override
    public String usage() {
        return "--url http://localhost:PORT --tries N (each case, default 1000) --out FILE";
    }

    @Override
    public void run(BenchDatabase db, BenchOptions options) throws Exception {
        Service service = Service.from(options);
        int tries = (int) options.number("tries", 1000);
        JsonNode filed = new ObjectMapper().readTree(Service.expect(201, service.post("/api/applications", """
                {"type": "WELL_DRILLING", "location": {"type": "Point", "coordinates": [57.5301, 22.9333]},
                 "proposed": {"type": "BOREHOLE", "use": "AGRICULTURAL", "depthM": 120, "diameterMm": 200, "yieldM3PerDay": 50},
                 "applicant": {"name": "Bench Applicant", "civilId": "12345678", "phone": "+968 9123 4567"}}""",
                "Idempotency-Key", "bench-access-code-1"), "filing the application").body());
        String reference = filed.get("reference").asString();
        String code = filed.get("accessCode").asString();
        String wrongReference = reference.substring(0, reference.length() - 6) + "999999";
        String wrongCode = code.equals("0000-0000-0000") ? "0000-0000-0001" : "0000-0000-0000";
        String[][] cases = {{"wrong reference", wrongReference, code, "404"}, {"wrong code", reference, wrongCode, "404"},
                {"right reference and code", reference, code, "200"}};
        for (int i = 0; i < 20; i++) { // warm-up
            for (String[] c : cases) {
                ask(service, c);
            }
        }
        double loadBefore = Machine.load1();
        Samples[] samples = {new Samples(), new Samples(), new Samples()};
        for (int i = 0; i < tries; i++) {
            for (int k = 0; k < 3; k++) {
                int c = (i + k) % 3;
                samples[c].add(TilesBenchmark.time(() -> ask(service, cases[c])));
            }
        }
        lines.add(String.format(Locale.ROOT, "### Citizen access code (%s)",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        lines.add("");
        lines.add("Machine: " + Machine.describe(db.jdbc()) + "; service, PostgreSQL and this client on the same host."
                + " `GET /api/public/applications/{ref}` with `X-Access-Code`, " + tries + " tries per case after 20"
                + " warm-up rounds, the three cases interleaved; milliseconds.");
        lines.add("");
        lines.add("| case | answer | p50 | p95 | p99 | mean | load (1 min) |");
        lines.add("|---|---|---:|---:|---:|---:|---|");
        for (int c = 0; c < 3; c++) {
            lines.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f → %.1f |", cases[c][0], cases[c][3],
                    samples[c].percentileMs(0.5), samples[c].percentileMs(0.95), samples[c].percentileMs(0.99),
                    samples[c].meanMs(), loadBefore, Machine.load1()));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Wrong reference − wrong code: median %+.2f ms, mean %+.2f ms; right − wrong code:"
                        + " median %+.2f ms. Load average at the end: %s.",
                samples[0].percentileMs(0.5) - samples[1].percentileMs(0.5), samples[0].meanMs() - samples[1].meanMs(),
                samples[2].percentileMs(0.5) - samples[1].percentileMs(0.5), Machine.load()));
        lines.add("");
        String markdown = String.join("\n", lines) + "\n";
        System.out.print(markdown);
        Files.writeString(Path.of(options.text("out", "bench/target/access-code-results.md")), markdown);
    }

    private static void ask(Service service, String[] c) {
        Service.expect(Integer.parseInt(c[3]), service.get("/api/public/applications/" + c[1], "X-Access-Code", c[2]), c[0]);
    }
}

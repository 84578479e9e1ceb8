package org.manhal.api.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility engine, for the browser tests: fetched from the npm registry with
 * {@code npm pack axe-core@VERSION} the first time a test needs it (into
 * {@code geo-api/target/axe-core}, so a build with {@code -DskipTests} never fetches it), and
 * run inside the page (WebDriver's scripts are not subject to the page's Content-Security-Policy).
 * A failed fetch fails the test that needs it with what npm said.
 */
final class AxeCore {

    static final String VERSION = "4.14.1";
    private static final Path DIR = Path.of("target", "axe-core");
    private static final Path SCRIPT = DIR.resolve("package").resolve("axe.min.js");
    private static String script;

    private AxeCore() {
    }

    static synchronized String script() {
        if (script == null) {
            try {
                if (!Files.isRegularFile(SCRIPT)) {
                    fetch();
                }
                script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    private static void fetch() throws IOException {
        Files.createDirectories(DIR);
        String tgz = "axe-core-" + VERSION + ".tgz";
        run(List.of("npm", "pack", "axe-core@" + VERSION, "--pack-destination", DIR.toString(), "--silent"));
        run(List.of("tar", "-xzf", DIR.resolve(tgz).toString(), "-C", DIR.toString(), "package/axe.min.js"));
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            boolean ended = process.waitFor(180, TimeUnit.SECONDS);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ended || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("axe-core " + VERSION + " could not be fetched from the npm registry: `"
                        + String.join(" ", command) + "` " + (ended ? "exited " + process.exitValue() : "timed out")
                        + ": " + output.strip() + " (the accessibility check of the browser tests needs it; bin/manhal"
                        + " test installs npm)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

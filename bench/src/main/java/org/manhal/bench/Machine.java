package org.manhal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a benchmark's figures were measured on, and how busy the machine was: the machine is shared
 * (2 cores, other engineers' builds and tests), so every figure is printed beside the load average.
 */
public final class Machine {

    private Machine() {
    }

    /** "N CPUs (model), M GB RAM; PostgreSQL …, PostGIS …; Java …". */
    public static String describe(JdbcClient jdbc) {
        return Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), " + memory() + " RAM; "
                + jdbc.sql("select split_part(version(), ' on ', 1) || ', PostGIS ' || postgis_lib_version()")
                .query(String.class).single() + "; Java " + System.getProperty("java.version");
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
    public static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** The 1-minute load average (NaN where unknown). */
    public static double load1() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    public static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    public static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GB")
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}

package org.manhal.imports.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of bulk imports, under {@code manhal.import.*} (documented in docs/operations.md).
 *
 * @param threads imports running at once (default 1: an import keeps a database core busy)
 * @param queueCapacity imports waiting beyond those (default 4); more are refused with 503
 * @param syncMaxBytes uploads up to this size are imported while the request waits and answered
 *                     with the finished report; larger ones answer 202 with the job (default 1 MiB)
 * @param maxStoredErrors rejected-row errors kept per job for the report (default 100,000); the
 *                        count is always exact
 * @param gdalTimeout how long ogr2ogr may take to convert a GeoPackage or Shapefile (default 10 min)
 * @param maxUncompressedBytes the most a zipped Shapefile may unpack to (default 2 GiB)
 */
@ConfigurationProperties("manhal.import")
public record ImportProperties(@DefaultValue("1") int threads, @DefaultValue("4") int queueCapacity,
                               @DefaultValue("1048576") long syncMaxBytes,
                               @DefaultValue("100000") int maxStoredErrors,
                               @DefaultValue("10m") Duration gdalTimeout,
                               @DefaultValue("2147483648") long maxUncompressedBytes) {

    /** The defaults, for use without Spring (benchmarks). */
    public static ImportProperties defaults() {
        return new ImportProperties(1, 4, 1 << 20, 100_000, Duration.ofMinutes(10), 1L << 31);
    }
}

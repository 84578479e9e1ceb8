package org.manhal.api.export;

import java.util.Arrays;
import java.util.Optional;

/** The formats of {@code GET /api/wells/export}. */
enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8", "wells.csv"),
    GEOJSON("geojson", "application/geo+json", "wells.geojson"),
    GPKG("gpkg", "application/geopackage+sqlite3", "wells.gpkg");

    private final String parameter;
    private final String mediaType;
    private final String fileName;

    ExportFormat(String parameter, String mediaType, String fileName) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    static Optional<ExportFormat> byParameter(String value) {
        return Arrays.stream(values()).filter(f -> f.parameter.equalsIgnoreCase(value)).findFirst();
    }

    String parameter() {
        return parameter;
    }

    String mediaType() {
        return mediaType;
    }

    String fileName() {
        return fileName;
    }
}

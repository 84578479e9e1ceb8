package org.manhal.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats an import reads (plots and zones: not CSV, see {@link ImportKind#formats()}). */
public enum ImportFormat {
    CSV("csv", ".csv", ".txt"),
    GEOJSON("geojson", ".geojson", ".json"),
    GPKG("gpkg", ".gpkg"),
    SHAPEFILE_ZIP("shp", ".zip");

    private final String parameter;
    private final String[] extensions;

    ImportFormat(String parameter, String... extensions) {
        this.parameter = parameter;
        this.extensions = extensions;
    }

    /** The value of the {@code format} request parameter. */
    public String parameter() {
        return parameter;
    }

    public static Optional<ImportFormat> byParameter(String value) {
        return Arrays.stream(values()).filter(f -> f.parameter.equalsIgnoreCase(value)).findFirst();
    }

    /**
     * The format of an upload: by its file name's extension, else by its first bytes (ZIP and
     * SQLite have magic numbers; a JSON object starts with a brace); empty when neither tells.
     */
    public static Optional<ImportFormat> detect(String fileName, byte[] head) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (ImportFormat f : values()) {
            if (Arrays.stream(f.extensions).anyMatch(name::endsWith)) {
                return Optional.of(f);
            }
        }
        String start = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
        if (start.startsWith("PK\u0003\u0004")) {
            return Optional.of(SHAPEFILE_ZIP);
        }
        if (start.startsWith("SQLite format 3")) {
            return Optional.of(GPKG);
        }
        return start.stripLeading().startsWith("{") ? Optional.of(GEOJSON) : Optional.empty();
    }
}

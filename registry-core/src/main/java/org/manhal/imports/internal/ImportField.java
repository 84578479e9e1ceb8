package org.manhal.imports.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns a well import understands, named as in the wells API's JSON ({@code depthM},
 * {@code yieldM3PerDay}, ...), each with the header names staff files commonly use. A header
 * matches when, lower-cased and stripped of spaces, underscores, hyphens and dots, it equals the
 * name or an alias, or when it is 10 characters long and begins the name (a Shapefile's dBase
 * header cuts names at 10 characters: {@code yieldM3Per}).
 */
public enum ImportField {
    X("x", "x", "lon", "long", "lng", "longitude", "easting", "east"),
    Y("y", "y", "lat", "latitude", "northing", "north"),
    COORDINATES("coordinates", "coordinates", "coords", "position"),
    CRS("crs", "crs", "srid", "epsg"),
    REGISTRY_NUMBER("registryNumber", "registry_number", "registryno", "wellnumber"),
    TYPE("type", "type", "welltype"),
    USE("use", "use", "welluse"),
    STATUS("status", "status", "wellstatus"),
    DEPTH_M("depthM", "depth_m", "depth"),
    DIAMETER_MM("diameterMm", "diameter_mm", "diameter"),
    YIELD_M3_PER_DAY("yieldM3PerDay", "yield_m3_per_day", "yield"),
    STATIC_WATER_LEVEL_M("staticWaterLevelM", "static_water_level_m", "swl", "waterlevel"),
    STATIC_WATER_LEVEL_ON("staticWaterLevelOn", "static_water_level_on", "swlon", "swldate"),
    EC_US_PER_CM("ecUsPerCm", "ec_us_per_cm", "ec"),
    PUMP_TYPE("pumpType", "pump_type", "pump"),
    POWER_SOURCE("powerSource", "power_source", "power"),
    OWNER_NAME("owner.name", "owner_name", "ownername", "owner"),
    OWNER_CIVIL_ID("owner.civilId", "owner_civil_id", "ownercivilid", "civilid"),
    PLOT_NUMBER("plotNumber", "plot_number", "plot"),
    DRILLING_CONTRACTOR("drillingContractor", "drilling_contractor", "contractor"),
    DRILLED_ON("drilledOn", "drilled_on", "drillingdate"),
    LOCATION_ACCURACY("locationAccuracy", "location_accuracy", "accuracy"),
    LOCATION_SOURCE("locationSource", "location_source"),
    /** A JSON array as in the wells API, or the compact {@code TYPE:NUMBER:ISSUED:EXPIRES;…} ({@link LicenceCell}). */
    LICENCES("licences", "licences", "licence", "licenses", "license");

    private static final int DBASE_NAME_LENGTH = 10;

    private final String apiName;
    private final String column;
    private final List<String> names;

    ImportField(String apiName, String column, String... aliases) {
        this.apiName = apiName;
        this.column = column;
        this.names = Stream.concat(Stream.of(normalize(apiName)),
                Arrays.stream(aliases).map(ImportField::normalize)).toList();
    }

    /** The field a header names, if any. */
    public static Optional<ImportField> forHeader(String header) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Optional<ImportField> exact = Arrays.stream(values()).filter(f -> f.names.contains(h)).findFirst();
        if (exact.isPresent() || h.length() != DBASE_NAME_LENGTH) {
            return exact;
        }
        return Arrays.stream(values()).filter(f -> f.names.get(0).startsWith(h)).findFirst();
    }

    /** The name in the API and in the import report ({@code depthM}, {@code owner.civilId}). */
    public String apiName() {
        return apiName;
    }

    /** The text column of the staging table. */
    String column() {
        return column;
    }

    static String normalize(String header) {
        return header == null ? "" : header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-\\uFEFF]", "");
    }
}

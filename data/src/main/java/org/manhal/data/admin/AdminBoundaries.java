package org.manhal.data.admin;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Oman's administrative boundaries as JTS geometries: the country outline, the 11 governorates
 * and the 61 wilayats, read from the Who's On First GeoJSON files bundled under
 * {@code /org/manhal/data/admin/} and joined with the project's names and codes from
 * {@code governorates.csv} and {@code wilayats.csv}.
 * <p>
 * Guarantees: every geometry is a {@code Polygon} or {@code MultiPolygon} in EPSG:4326 with SRID
 * 4326, x = longitude and y = latitude in degrees (the GeoJSON / OGC CRS84 axis order); every
 * governorate and wilayat has an English and an Arabic name; every wilayat polygon has a row in
 * {@code wilayats.csv} and vice versa, otherwise loading throws {@link AdminDataException}.
 * The data is not official survey data: use it for assignment and display, not for legal
 * boundary work (see the README next to the files).
 * <p>
 * An instance is immutable and safe to share between threads, but the geometries it returns are
 * shared JTS objects: do not mutate them.
 */
public final class AdminBoundaries {

    /**
     * The SRID of every geometry: EPSG:4326, WGS 84 lon/lat. The data module depends on no other
     * (the generator runs alone), so it declares the SRID itself, once for the whole module; a test
     * of the service (CrsAgreementUnitTests) checks that it is registry-core's {@code Crs.WGS84_SRID}.
     */
    public static final int SRID = 4326;
    /** The factory of every geometry of the data module: floating precision, {@link #SRID}. */
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), SRID);
    /** Classpath folder of the boundary files and name tables. */
    public static final String RESOURCE_DIR = "/org/manhal/data/admin/";
    /** Country outline (ADM0), one MultiPolygon feature. */
    public static final String COUNTRY_GEOJSON = RESOURCE_DIR + "oman_adm0_country.geojson";
    /** Governorates (ADM1), 11 features keyed by {@code iso_3166_2}. */
    public static final String GOVERNORATES_GEOJSON = RESOURCE_DIR + "oman_adm1_governorates.geojson";
    /** Wilayats (ADM2), 61 features keyed by {@code wof_id}. */
    public static final String WILAYATS_GEOJSON = RESOURCE_DIR + "oman_adm2_wilayats.geojson";
    /** Governorate names, header {@code iso,name_en,name_ar}. */
    public static final String GOVERNORATES_CSV = RESOURCE_DIR + "governorates.csv";
    /** Wilayat codes and names, header {@code wof_id,code,governorate,name_en,name_ar}. */
    public static final String WILAYATS_CSV = RESOURCE_DIR + "wilayats.csv";

    private final GeometryFactory factory;
    private final Geometry country;
    private final PreparedGeometry preparedCountry;
    private final List<Governorate> governorates;
    private final List<Wilayat> wilayats;
    private final Map<String, Governorate> governoratesByIso;
    private final Map<String, Wilayat> wilayatsByCode;
    private final WilayatLocator locator;

    private AdminBoundaries(GeometryFactory factory, Geometry country, List<Governorate> governorates,
            List<Wilayat> wilayats) {
        this.factory = factory;
        this.country = country;
        this.preparedCountry = PreparedGeometryFactory.prepare(country);
        this.governorates = List.copyOf(governorates);
        this.wilayats = List.copyOf(wilayats);
        this.governoratesByIso = index(governorates, Governorate::iso);
        this.wilayatsByCode = index(wilayats, Wilayat::code);
        this.locator = new WilayatLocator(wilayats);
    }

    /**
     * Reads the bundled files from the classpath (about 1.6 MB of GeoJSON; a few hundred
     * milliseconds), so load once and keep the instance.
     *
     * @throws AdminDataException if a resource is missing, malformed or inconsistent with the others
     */
    public static AdminBoundaries fromClasspath() {
        GeometryFactory factory = WGS84;
        GeoJsonFeatures reader = new GeoJsonFeatures(factory);
        Geometry country = reader.read(COUNTRY_GEOJSON).get(0).geometry();
        List<Governorate> governorates = readGovernorates(reader);
        List<Wilayat> wilayats = readWilayats(reader, governorates);
        return new AdminBoundaries(factory, country, governorates, wilayats);
    }

    /** The country outline, a MultiPolygon (mainland, Musandam, Madha, islands), SRID 4326. */
    public Geometry country() {
        return country;
    }

    /** The country outline prepared for fast repeated {@code covers}/{@code contains} tests. */
    public PreparedGeometry preparedCountry() {
        return preparedCountry;
    }

    /** The 11 governorates, ordered by ISO code. */
    public List<Governorate> governorates() {
        return governorates;
    }

    /** The 61 wilayats, ordered by code. */
    public List<Wilayat> wilayats() {
        return wilayats;
    }

    /** The governorate with this ISO 3166-2 code (for example {@code OM-BS}), if any. */
    public Optional<Governorate> governorate(String iso) {
        return Optional.ofNullable(governoratesByIso.get(iso));
    }

    /** The wilayat with this project code (for example {@code OM-MA-SEB}), if any. */
    public Optional<Wilayat> wilayat(String code) {
        return Optional.ofNullable(wilayatsByCode.get(code));
    }

    /**
     * The wilayat a point belongs to, always exactly one: a point in no wilayat polygon (a sliver
     * between polygons, or offshore) goes to the nearest wilayat, and a point in two overlapping
     * polygons goes to the one containing it most centrally (farthest from that polygon's
     * boundary). Callers that must reject points outside Oman test {@link #preparedCountry()} first.
     *
     * @param lon longitude in degrees, EPSG:4326
     * @param lat latitude in degrees, EPSG:4326
     */
    public Wilayat wilayatAt(double lon, double lat) {
        return locator.locate(factory.createPoint(new Coordinate(lon, lat)));
    }

    private static List<Governorate> readGovernorates(GeoJsonFeatures reader) {
        Map<String, String[]> names = byKey(NameTable.read(GOVERNORATES_CSV, "iso,name_en,name_ar"), GOVERNORATES_CSV);
        List<Governorate> governorates = reader.read(GOVERNORATES_GEOJSON).stream()
                .map(f -> governorate(f, names))
                .sorted(Comparator.comparing(Governorate::iso))
                .toList();
        requireAllJoined(names.size(), governorates.size(), GOVERNORATES_CSV);
        return governorates;
    }

    private static Governorate governorate(GeoJsonFeatures.Feature feature, Map<String, String[]> names) {
        String iso = feature.properties().path("iso_3166_2").asString("");
        String[] row = requireRow(names, iso, GOVERNORATES_CSV);
        return new Governorate(iso, row[1], row[2], feature.properties().path("wof_id").asLong(), feature.geometry());
    }

    private static List<Wilayat> readWilayats(GeoJsonFeatures reader, List<Governorate> governorates) {
        Map<String, String[]> rows = byKey(
                NameTable.read(WILAYATS_CSV, "wof_id,code,governorate,name_en,name_ar"), WILAYATS_CSV);
        List<Wilayat> wilayats = reader.read(WILAYATS_GEOJSON).stream()
                .map(f -> wilayat(f, rows))
                .sorted(Comparator.comparing(Wilayat::code))
                .toList();
        requireAllJoined(rows.size(), wilayats.size(), WILAYATS_CSV);
        requireKnownGovernorates(wilayats, governorates);
        return wilayats;
    }

    private static Wilayat wilayat(GeoJsonFeatures.Feature feature, Map<String, String[]> rows) {
        String wofId = feature.properties().path("wof_id").asString("");
        String[] row = requireRow(rows, wofId, WILAYATS_CSV);
        String parent = feature.properties().path("adm1_iso_3166_2").asString("");
        if (!parent.equals(row[2])) {
            throw new AdminDataException("Wilayat " + row[1] + " has governorate " + row[2]
                    + " in " + WILAYATS_CSV + " but " + parent + " in " + WILAYATS_GEOJSON);
        }
        return new Wilayat(Long.parseLong(wofId), row[1], row[2], row[3], row[4], feature.geometry());
    }

    private static void requireKnownGovernorates(List<Wilayat> wilayats, List<Governorate> governorates) {
        var isos = governorates.stream().map(Governorate::iso).collect(Collectors.toSet());
        wilayats.stream().filter(w -> !isos.contains(w.governorateIso())).findFirst().ifPresent(w -> {
            throw new AdminDataException("Wilayat " + w.code() + " has unknown governorate " + w.governorateIso());
        });
    }

    private static Map<String, String[]> byKey(List<String[]> rows, String resource) {
        Map<String, String[]> byKey = new HashMap<>();
        for (String[] row : rows) {
            if (byKey.put(row[0], row) != null) {
                throw new AdminDataException("Duplicate key " + row[0] + " in " + resource);
            }
        }
        return byKey;
    }

    private static String[] requireRow(Map<String, String[]> rows, String key, String resource) {
        String[] row = rows.get(key);
        if (row == null) {
            throw new AdminDataException("No row for '" + key + "' in " + resource);
        }
        return row;
    }

    private static void requireAllJoined(int rows, int features, String resource) {
        if (rows != features) {
            throw new AdminDataException(resource + " has " + rows + " rows but the GeoJSON has " + features + " features");
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}

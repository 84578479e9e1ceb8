package org.manhal.api.well;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.sf.geographiclib.Geodesic;

import org.locationtech.jts.geom.Point;
import org.manhal.admin.AdminAreas;
import org.manhal.admin.AreaRef;
import org.manhal.api.geojson.GeoJson;
import org.manhal.common.Violation;
import org.manhal.crs.Crs;
import org.manhal.crs.Reprojection;
import org.manhal.well.Licence;
import org.manhal.well.LicenceType;
import org.manhal.well.LocationAccuracy;
import org.manhal.well.LocationSource;
import org.manhal.well.OriginalLocation;
import org.manhal.well.Owner;
import org.manhal.well.PowerSource;
import org.manhal.well.PumpType;
import org.manhal.well.Well;
import org.manhal.well.WellDetails;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A well as an RFC 7946 Feature, both ways. Property names are the JSON contract of the design
 * (registryNumber, type, use, status, depthM, diameterMm, yieldM3PerDay, owner, wilayat,
 * governorate, ...). Derived properties sent by a client (registryNumber, wilayat, version, ...)
 * are ignored, so that a Feature read can be changed and sent back as it is.
 *
 * <p>The location is either the GeoJSON geometry (lon/lat, CRS84) or
 * {@code properties.originalLocation = {"crs": "EPSG:32640", "coordinates": "554352.66 2536234.10"}}
 * in one of the accepted CRSs (see {@link org.manhal.crs.InputCrs}); when both are sent they must
 * agree within {@value #AGREEMENT_M} m.
 */
@Component
class WellJson {

    /** Whether a representation carries personal data (the owner). */
    enum PersonalData { INCLUDE, EXCLUDE }

    /** How far apart the geometry and the original location may be: the reprojection's own accuracy. */
    static final double AGREEMENT_M = 1.0;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final AdminAreas areas;
    private final Reprojection reprojection;

    WellJson(AdminAreas areas, Reprojection reprojection) {
        this.areas = areas;
        this.reprojection = reprojection;
    }

    /** The details stated in a Feature; problems of form go to {@code violations} (that field is then null). */
    WellDetails read(JsonNode feature, List<Violation> violations) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            violations.add(Violation.of("type", "NOT_A_FEATURE",
                    "يجب أن يكون الطلب معلماً GeoJSON من النوع Feature يحوي geometry و properties.",
                    "The request must be a GeoJSON Feature with a geometry and properties."));
            return null;
        }
        GeoJson.checkCrs(feature, violations);
        JsonNode props = feature.path("properties");
        if (!props.isObject()) {
            violations.add(Violation.of("properties", "REQUIRED", "خصائص البئر (properties) مطلوبة.",
                    "The well's properties are required."));
            props = NODES.objectNode();
        }
        Properties p = new Properties(props, "properties.", violations);
        OriginalLocation original = originalLocation(p);
        Point location = location(feature.get("geometry"), original, violations);
        if (original == null && location != null) {
            original = new OriginalLocation(Crs.wgs84Code(), String.format(Locale.ROOT, "%s %s",
                    feature.get("geometry").get("coordinates").get(0), feature.get("geometry").get("coordinates").get(1)));
        }
        return new WellDetails(location, original,
                p.code("locationAccuracy", LocationAccuracy.class), p.code("locationSource", LocationSource.class),
                p.code("type", WellType.class), p.code("use", WellUse.class), p.code("status", WellStatus.class),
                p.number("depthM"), p.number("diameterMm"), p.number("yieldM3PerDay"),
                p.number("staticWaterLevelM"), p.date("staticWaterLevelOn"), p.number("ecUsPerCm"),
                p.code("pumpType", PumpType.class), p.code("powerSource", PowerSource.class),
                owner(p.object("owner")), p.text("plotNumber"), p.text("drillingContractor"), p.date("drilledOn"),
                licences(p, violations));
    }

    private Point location(JsonNode geometry, OriginalLocation original, List<Violation> violations) {
        boolean hasGeometry = geometry != null && !geometry.isNull();
        if (original == null || !hasGeometry) {
            if (original != null) {
                return reprojection.toWgs84(original.crs(), original.coordinates(), "properties.originalLocation", violations).orElse(null);
            }
            return GeoJson.readPoint(geometry, "geometry", violations);
        }
        Point given = GeoJson.readPoint(geometry, "geometry", violations);
        Optional<Point> converted = reprojection.toWgs84(original.crs(), original.coordinates(), "properties.originalLocation", violations);
        if (given != null && converted.isPresent()) {
            double apart = Geodesic.WGS84.Inverse(given.getY(), given.getX(), converted.get().getY(), converted.get().getX()).s12;
            if (!(apart <= AGREEMENT_M)) {
                violations.add(Violation.of("properties.originalLocation", "LOCATION_MISMATCH",
                        String.format(Locale.ROOT, "الموقع الأصلي يبعد %.1f م عن geometry: أرسل أحدهما فقط أو صحّح أحدهما.", apart),
                        String.format(Locale.ROOT, "The original location lies %.1f m from the geometry: send only one, or correct one.", apart)));
            }
        }
        return given;
    }

    private static OriginalLocation originalLocation(Properties p) {
        Properties o = p.object("originalLocation");
        if (o == null) {
            return null;
        }
        String crs = o.text("crs");
        JsonNode c = o.node("coordinates");
        String coordinates = c == null ? null : c.isArray() && c.size() == 2 ? c.get(0) + " " + c.get(1) : o.text("coordinates");
        if (crs == null || coordinates == null) {
            o.violations().add(Violation.of(o.path().substring(0, o.path().length() - 1), "INCOMPLETE_LOCATION",
                    "الموقع الأصلي يحتاج crs (مثل EPSG:32640) و coordinates.",
                    "An original location needs crs (such as EPSG:32640) and coordinates."));
            return null;
        }
        return new OriginalLocation(crs, coordinates);
    }

    private static Owner owner(Properties o) {
        return o == null ? null : new Owner(o.text("name"), o.text("civilId"));
    }

    private static List<Licence> licences(Properties p, List<Violation> violations) {
        JsonNode array = p.node("licences");
        if (array == null) {
            return List.of();
        }
        if (!array.isArray()) {
            violations.add(Violation.of("properties.licences", "NOT_AN_ARRAY", "التراخيص يجب أن تكون مصفوفة.",
                    "licences must be an array."));
            return List.of();
        }
        List<Licence> licences = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Properties l = new Properties(array.get(i), "properties.licences[" + i + "].", violations);
            licences.add(new Licence(l.text("number"), l.code("type", LicenceType.class), l.date("issuedOn"), l.date("expiresOn")));
        }
        return licences;
    }

    /** The API's name of a domain field ({@code location} → {@code geometry}, else {@code properties.x}). */
    static String apiField(String domainField) {
        return domainField.equals("location") ? "geometry" : "properties." + domainField;
    }

    ObjectNode write(Well well, PersonalData personal) {
        WellDetails d = well.details();
        ObjectNode f = NODES.objectNode();
        f.put("type", "Feature");
        f.put("id", well.id());
        f.set("geometry", GeoJson.write(well.location()));
        ObjectNode p = f.putObject("properties");
        p.put("id", well.id());
        p.put("registryNumber", well.registryNumber());
        p.put("isSample", well.isSample());
        p.put("type", d.type().name());
        p.put("use", d.use().name());
        p.put("status", d.status().name());
        p.put("depthM", d.depthM());
        p.put("diameterMm", d.diameterMm());
        p.put("yieldM3PerDay", d.yieldM3PerDay());
        p.put("staticWaterLevelM", d.staticWaterLevelM());
        p.put("staticWaterLevelOn", text(d.staticWaterLevelOn()));
        p.put("ecUsPerCm", d.ecUsPerCm());
        p.put("pumpType", text(d.pumpType()));
        p.put("powerSource", text(d.powerSource()));
        p.put("drillingContractor", d.drillingContractor());
        p.put("drilledOn", text(d.drilledOn()));
        writeLicences(p.putArray("licences"), d.licences());
        p.set("wilayat", area(well.wilayatId()));
        p.set("governorate", area(well.governorateId()));
        p.put("locationAccuracy", text(d.locationAccuracy()));
        p.put("locationSource", text(d.locationSource()));
        if (d.originalLocation() != null) {
            ObjectNode o = p.putObject("originalLocation");
            o.put("crs", d.originalLocation().crs());
            o.put("coordinates", d.originalLocation().coordinates());
        }
        if (personal == PersonalData.INCLUDE) {
            writePersonal(p, d);
        }
        p.put("version", well.version());
        p.put("createdAt", well.createdAt().toString());
        p.put("updatedAt", well.updatedAt().toString());
        return f;
    }

    /** Owner and plot number identify a person: only for callers allowed to see personal data. */
    private static void writePersonal(ObjectNode p, WellDetails d) {
        p.put("plotNumber", d.plotNumber());
        if (d.owner() == null) {
            p.putNull("owner");
        } else {
            ObjectNode o = p.putObject("owner");
            o.put("name", d.owner().name());
            o.put("civilId", d.owner().civilId());
        }
    }

    private static void writeLicences(ArrayNode array, List<Licence> licences) {
        for (Licence l : licences) {
            ObjectNode o = array.addObject();
            o.put("number", l.number());
            o.put("type", text(l.type()));
            o.put("issuedOn", text(l.issuedOn()));
            o.put("expiresOn", text(l.expiresOn()));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private JsonNode area(Long id) {
        AreaRef a = id == null ? null : areas.byId(id).orElse(null);
        if (a == null) {
            return NODES.nullNode();
        }
        ObjectNode node = NODES.objectNode();
        node.put("code", a.code());
        node.put("nameEn", a.name().en());
        node.put("nameAr", a.name().ar());
        return node;
    }
}

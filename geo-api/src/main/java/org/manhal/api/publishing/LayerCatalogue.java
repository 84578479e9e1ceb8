package org.manhal.api.publishing;

import static org.manhal.api.publishing.Attribute.coded;
import static org.manhal.api.publishing.Attribute.of;
import static org.manhal.api.publishing.AttributeType.BOOLEAN;
import static org.manhal.api.publishing.AttributeType.DATE;
import static org.manhal.api.publishing.AttributeType.DATE_TIME;
import static org.manhal.api.publishing.AttributeType.INTEGER;
import static org.manhal.api.publishing.AttributeType.NUMBER;
import static org.manhal.api.publishing.AttributeType.STRING;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.manhal.application.ApplicationType;
import org.manhal.common.Text;
import org.manhal.permit.ApplicationStatus;
import org.manhal.rules.FeatureKind;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.springframework.stereotype.Component;

/**
 * Every layer Manhal publishes, one entry each: the vector tiles, OGC API Features, the generated
 * MapServer mapfile and the GeoServer publisher all read this list, so that adding a layer is one
 * entry here plus its publication view (a migration creating {@code pub.<view>}) and its SLD
 * ({@code resources/org/manhal/api/publishing/styles/<id>.sld}).
 *
 * <p>The order is the drawing order of a map that shows them all: areas first, points last.
 */
@Component
public class LayerCatalogue {

    /**
     * The well statuses the publication view {@code pub.well} publishes (V40 leaves out PROPOSED,
     * an undecided application, and ILLEGAL_DETECTED, an enforcement case). The view decides;
     * {@code PublicationViewsIntegrationTests} checks that this says the same.
     */
    public static final Set<WellStatus> PUBLISHED_WELL_STATUSES =
            EnumSet.complementOf(EnumSet.of(WellStatus.PROPOSED, WellStatus.ILLEGAL_DETECTED));

    /**
     * The first zoom wells are drawn one by one; below it they come as counts per grid cell. 14,
     * not 12 or 13: at 1M wells a dense z12 tile of points was 1.2–1.8 MB and 256–408 ms, a dense
     * z13 tile 396 KB and 80–110 ms even with the five tile attributes (docs/benchmarks.md), over
     * the 256 KB and 50 ms of issue 10; counts at the finest cell level (1/256°, about 430 m: ~11
     * cells across a z13 tile) stay at the aggregated tiles' size.
     */
    public static final int WELL_POINTS_FROM_ZOOM = 14;

    /**
     * What a point tile of wells carries: the number a well is known by, and what the map colours it
     * by and filters on. Every public attribute per point made a dense z13 tile 626 KB at 1M wells
     * (the dates and measurements are different for every well, so the tile's dictionary cannot
     * share them); the rest is one OGC API item or registry request away.
     */
    static final String[] WELL_TILE_ATTRIBUTES = {"registryNumber", "type", "use", "status", "wilayat"};

    /**
     * The first zoom plots are drawn at: a city's cadastre holds tens of thousands of plots in a
     * z12 tile (10 km across), a z14 tile (2.4 km) a few thousand at most.
     */
    public static final int PLOTS_FROM_ZOOM = 14;

    private static final List<LayerDefinition> LAYERS = List.of(
            new LayerDefinition("governorates",
                    new Text("المحافظات", "Governorates"),
                    new Text("محافظات سلطنة عمان الإحدى عشرة.", "The eleven governorates of Oman."),
                    "pub.governorate", "code", false, GeometryKind.MULTI_POLYGON,
                    List.of(of("code", "code", STRING, "الرمز", "Code"),
                            of("nameAr", "name_ar", STRING, "الاسم بالعربية", "Name in Arabic"),
                            of("nameEn", "name_en", STRING, "الاسم بالإنجليزية", "Name in English")),
                    List.of(), Audience.PUBLIC, Optional.empty(), LayerDefinition.Tiling.everyZoom(16)),
            new LayerDefinition("wilayats",
                    new Text("الولايات", "Wilayats"),
                    new Text("ولايات سلطنة عمان مع محافظة كل منها.", "The wilayats of Oman, each with its governorate."),
                    "pub.wilayat", "code", false, GeometryKind.MULTI_POLYGON,
                    List.of(of("code", "code", STRING, "الرمز", "Code"),
                            of("nameAr", "name_ar", STRING, "الاسم بالعربية", "Name in Arabic"),
                            of("nameEn", "name_en", STRING, "الاسم بالإنجليزية", "Name in English"),
                            of("governorate", "governorate_code", STRING, "المحافظة", "Governorate")),
                    List.of(), Audience.PUBLIC, Optional.empty(), LayerDefinition.Tiling.everyZoom(16)),
            new LayerDefinition("zones",
                    new Text("مناطق التخطيط", "Zoning"),
                    new Text("مناطق المخطط مع اشتراطات البناء لكل منها (نسبة البناء، معامل البناء، الطوابق، الارتفاع، الارتدادات، الاستخدامات)؛ لا تنشر مناطق القواعد المعطلة.",
                            "Zoning plan areas with each zone's building rules (coverage, FAR, floors, height, setbacks, uses); zones of disabled rules are not published."),
                    "pub.zone", "id", true, GeometryKind.MULTI_POLYGON,
                    List.of(of("code", "code", STRING, "رمز المنطقة", "Zone code"),
                            of("nameAr", "name_ar", STRING, "الاسم بالعربية", "Name in Arabic"),
                            of("nameEn", "name_en", STRING, "الاسم بالإنجليزية", "Name in English"),
                            of("label", "label", STRING, "اللوحة أو المربع", "Plan sheet or block"),
                            of("maxCoveragePct", "max_coverage_pct", NUMBER, "أقصى نسبة بناء (%)", "Maximum coverage (%)"),
                            of("maxFar", "max_far", NUMBER, "أقصى معامل بناء", "Maximum floor area ratio"),
                            of("maxFloors", "max_floors", INTEGER, "أقصى عدد طوابق", "Maximum floors"),
                            of("maxHeightM", "max_height_m", NUMBER, "أقصى ارتفاع (م)", "Maximum height (m)"),
                            of("setbackFrontM", "setback_front_m", NUMBER, "الارتداد الأمامي (م)", "Front setback (m)"),
                            of("setbackSideM", "setback_side_m", NUMBER, "الارتداد الجانبي (م)", "Side setback (m)"),
                            of("setbackRearM", "setback_rear_m", NUMBER, "الارتداد الخلفي (م)", "Rear setback (m)"),
                            of("minPlotAreaM2", "min_plot_area_m2", NUMBER, "أدنى مساحة قطعة (م²)", "Minimum plot area (m²)"),
                            of("permittedUses", "permitted_uses", STRING, "الاستخدامات المسموحة", "Permitted uses"),
                            of("conditionalUses", "conditional_uses", STRING, "الاستخدامات المشروطة", "Conditional uses"),
                            of("legalReference", "legal_reference", STRING, "المرجع القانوني", "Legal reference"),
                            of("isSample", "is_sample", BOOLEAN, "بيانات تجريبية", "Sample data")),
                    List.of(), Audience.PUBLIC, Optional.empty(), LayerDefinition.Tiling.everyZoom(16)),
            // Public: an outline, its area and wilayat are what a zoning map shows; the number (the
            // cadastre's key to the owner) and the owner are not in the view.
            new LayerDefinition("plots",
                    new Text("قطع الأراضي", "Plots"),
                    new Text("حدود قطع الأراضي ومساحاتها، دون رقم القطعة ودون المالك.",
                            "Plot outlines and areas, without the plot number and without the owner."),
                    "pub.plot", "id", true, GeometryKind.POLYGON,
                    List.of(of("wilayat", "wilayat_code", STRING, "الولاية", "Wilayat"),
                            of("areaM2", "area_m2", NUMBER, "المساحة (م²)", "Area (m²)"),
                            of("isSample", "is_sample", BOOLEAN, "بيانات تجريبية", "Sample data")),
                    List.of(), Audience.PUBLIC, Optional.empty(), LayerDefinition.Tiling.from(PLOTS_FROM_ZOOM, 16)),
            new LayerDefinition("restricted-zones",
                    new Text("المناطق المقيدة ومناطق الحماية", "Restricted and protection zones"),
                    new Text("مناطق حظر الآبار الجديدة والاستبدال فقط والدراسة المطلوبة، ونطاقات حماية حقول الآبار.",
                            "Zones banning new wells, replacement-only and study-required zones, and well-field protection zones."),
                    "pub.restricted_zone", "id", true, GeometryKind.MULTI_POLYGON,
                    List.of(coded("kind", "kind", "النوع", "Kind", zoneKinds(true)),
                            of("nameAr", "name_ar", STRING, "الاسم بالعربية", "Name in Arabic"),
                            of("nameEn", "name_en", STRING, "الاسم بالإنجليزية", "Name in English"),
                            of("isSample", "is_sample", BOOLEAN, "بيانات تجريبية", "Sample data")),
                    List.of(), Audience.PUBLIC, Optional.empty(), LayerDefinition.Tiling.everyZoom(16)),
            new LayerDefinition("protected-areas",
                    new Text("مصادر التلوث المساحية", "Contamination source areas"),
                    new Text("محطات معالجة الصرف الصحي ومكبات النفايات.", "Sewage treatment plants and landfills."),
                    "pub.protected_area", "id", true, GeometryKind.MULTI_POLYGON,
                    referenceAttributes(), List.of(), Audience.PUBLIC, Optional.empty(), LayerDefinition.Tiling.everyZoom(16)),
            new LayerDefinition("aflaj-channels",
                    new Text("قنوات الأفلاج", "Falaj channels"),
                    new Text("قنوات الأفلاج المحمية.", "Protected falaj channels."),
                    "pub.falaj_channel", "id", true, GeometryKind.MULTI_LINE_STRING,
                    referenceAttributes(), List.of(), Audience.PUBLIC, Optional.empty(), LayerDefinition.Tiling.everyZoom(16)),
            new LayerDefinition("aflaj-mother-wells",
                    new Text("أمهات الأفلاج", "Falaj mother wells"),
                    new Text("أمهات الأفلاج المحمية.", "Protected falaj mother wells."),
                    "pub.falaj_mother_well", "id", true, GeometryKind.POINT,
                    referenceAttributes(), List.of(), Audience.PUBLIC, Optional.empty(), LayerDefinition.Tiling.everyZoom(16)),
            new LayerDefinition("protected-features",
                    new Text("المعالم المحمية ومصادر التلوث", "Protected features and contamination sources"),
                    new Text("آبار الإمداد العام ومصادر التلوث النقطية (خزانات الصرف ومحطات الوقود).",
                            "Public water-supply wells and point contamination sources (septic tanks, fuel stations)."),
                    "pub.protected_feature", "id", true, GeometryKind.POINT,
                    referenceAttributes(), List.of(), Audience.PUBLIC, Optional.empty(), LayerDefinition.Tiling.everyZoom(16)),
            new LayerDefinition("well-counts",
                    new Text("أعداد الآبار لكل خلية", "Well counts per cell"),
                    new Text("عدد الآبار المنشورة في كل خلية من شبكة 2^-k درجة (k من 0 إلى 8).",
                            "Published wells counted per cell of the 2^-k degree grid (k from 0 to 8)."),
                    "pub.well_cell_total", "cell", true, GeometryKind.POLYGON,
                    List.of(of("level", "level", INTEGER, "مستوى الشبكة", "Grid level"),
                            of("count", "n", INTEGER, "عدد الآبار", "Number of wells")),
                    List.of(), Audience.PUBLIC, Optional.empty(), LayerDefinition.Tiling.gridCells(11)),
            // Staff only (schema pub_staff, V58): an application is a pending private request; no applicant.
            new LayerDefinition("applications",
                    new Text("الطلبات", "Applications"),
                    new Text("طلبات حفر الآبار وتعميقها واستبدالها وتسجيلها وتراخيص البناء حسب الحالة، دون بيانات مقدم الطلب؛ لموظفي الوزارة فقط، ولا تنشر الطلبات المسحوبة.",
                            "Well drilling, deepening, replacement and registration applications and building permits by status, without the applicant; for ministry staff only; withdrawn applications are not shown."),
                    "pub_staff.application", "reference", false, GeometryKind.POINT,
                    List.of(of("reference", "reference", STRING, "رقم الطلب", "Reference"),
                            coded("type", "type", "نوع الطلب", "Type", ApplicationType.values()),
                            coded("status", "status", "الحالة", "Status", Arrays.stream(ApplicationStatus.values())
                                    .filter(st -> st != ApplicationStatus.WITHDRAWN).toArray(ApplicationStatus[]::new)),
                            of("wilayat", "wilayat_code", STRING, "الولاية", "Wilayat"),
                            of("wilayatNameAr", "wilayat_name_ar", STRING, "اسم الولاية", "Wilayat name (Arabic)"),
                            of("wilayatNameEn", "wilayat_name_en", STRING, "اسم الولاية بالإنجليزية", "Wilayat name"),
                            of("submittedAt", "submitted_at", DATE_TIME, "تاريخ التقديم", "Submitted at")),
                    List.of(), Audience.STAFF, Optional.of("submitted_at"), LayerDefinition.Tiling.everyZoom(16)),
            new LayerDefinition("wells",
                    new Text("الآبار", "Wells"),
                    new Text("الآبار المسجلة حسب الحالة والاستخدام، دون بيانات المالك؛ لا تنشر الآبار المحذوفة والمقترحة وغير المرخصة المرصودة.",
                            "Registered wells by status and use, without owner data; deleted, proposed and detected illegal wells are not published."),
                    "pub.well", "registry_number", false, GeometryKind.POINT,
                    List.of(of("registryNumber", "registry_number", STRING, "رقم السجل", "Registry number"),
                            coded("type", "type", "النوع", "Type", WellType.values()),
                            coded("use", "use", "الاستخدام", "Use", WellUse.values()),
                            coded("status", "status", "الحالة", "Status",
                                    PUBLISHED_WELL_STATUSES.toArray(WellStatus[]::new)),
                            of("depthM", "depth_m", NUMBER, "العمق (م)", "Depth (m)"),
                            of("diameterMm", "diameter_mm", NUMBER, "القطر (مم)", "Diameter (mm)"),
                            of("yieldM3PerDay", "yield_m3_per_day", NUMBER, "الإنتاجية (م³/يوم)", "Yield (m³/day)"),
                            of("wilayat", "wilayat_code", STRING, "الولاية", "Wilayat"),
                            of("wilayatNameAr", "wilayat_name_ar", STRING, "اسم الولاية", "Wilayat name (Arabic)"),
                            of("wilayatNameEn", "wilayat_name_en", STRING, "اسم الولاية بالإنجليزية", "Wilayat name"),
                            of("governorate", "governorate_code", STRING, "المحافظة", "Governorate"),
                            of("isSample", "is_sample", BOOLEAN, "بيانات تجريبية", "Sample data"),
                            of("registeredAt", "created_at", DATE_TIME, "تاريخ التسجيل", "Registered at"),
                            of("updatedAt", "updated_at", DATE_TIME, "تاريخ آخر تحديث", "Updated at")),
                    List.of(of("staticWaterLevelM", "static_water_level_m", NUMBER, "منسوب المياه الساكن (م)", "Static water level (m)"),
                            of("ecUsPerCm", "ec_us_per_cm", NUMBER, "الموصلية الكهربائية (µS/cm)", "Electrical conductivity (µS/cm)"),
                            of("drilledOn", "drilled_on", DATE, "تاريخ الحفر", "Drilled on"),
                            of("drillingContractor", "drilling_contractor", STRING, "مقاول الحفر", "Drilling contractor"),
                            of("locationAccuracy", "location_accuracy", STRING, "دقة الموقع", "Location accuracy")),
                    Audience.PUBLIC, Optional.of("created_at"),
                    LayerDefinition.Tiling.pointsFrom(WELL_POINTS_FROM_ZOOM, 16, "pub.well_cell_count")
                            .carrying(WELL_TILE_ATTRIBUTES)));

    private final Map<String, LayerDefinition> byId = new LinkedHashMap<>();

    public LayerCatalogue() {
        for (LayerDefinition layer : LAYERS) {
            if (byId.put(layer.id(), layer) != null) {
                throw new IllegalStateException("two layers named " + layer.id());
            }
        }
    }

    /** Every published layer, in drawing order. */
    public List<LayerDefinition> layers() {
        return LAYERS;
    }

    /** The layer of this id, if it is published. */
    public Optional<LayerDefinition> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The layers a caller of this audience may see. */
    public List<LayerDefinition> visibleTo(Audience caller) {
        return LAYERS.stream().filter(l -> l.visibleTo(caller)).toList();
    }

    private static List<Attribute> referenceAttributes() {
        return List.of(coded("kind", "kind", "النوع", "Kind", zoneKinds(false)),
                of("nameAr", "name_ar", STRING, "الاسم بالعربية", "Name in Arabic"),
                of("nameEn", "name_en", STRING, "الاسم بالإنجليزية", "Name in English"),
                of("isSample", "is_sample", BOOLEAN, "بيانات تجريبية", "Sample data"));
    }

    private static FeatureKind[] zoneKinds(boolean zones) {
        return Arrays.stream(FeatureKind.values())
                .filter(k -> k != FeatureKind.EXISTING_WELL && k.isZone() == zones)
                .toArray(FeatureKind[]::new);
    }
}

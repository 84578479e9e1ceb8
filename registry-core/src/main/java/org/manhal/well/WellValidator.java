package org.manhal.well;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.manhal.common.Violation;
import org.manhal.crs.Crs;

/**
 * Checks what a person states about a well before anything is written, and reports every problem
 * at once. Field names are those of {@link WellDetails} ({@code location}, {@code depthM},
 * {@code owner.civilId}, ...).
 *
 * <p>The location must be a finite lon/lat point (SRID {@link Crs#WGS84_SRID}) inside Oman's land boundary. Since
 * the most common mistakes are swapped axes and projected (UTM) coordinates sent as degrees, those
 * get their own codes and a hint.
 */
public final class WellValidator {

    static final int MAX_TEXT = 200;

    private final Predicate<Point> insideOman;
    private final Supplier<LocalDate> today;

    /** @param insideOman whether a lon/lat point lies inside Oman's land boundary */
    public WellValidator(Predicate<Point> insideOman) {
        this(insideOman, () -> LocalDate.now(ZoneId.of("Asia/Muscat")));
    }

    /**
     * @param insideOman whether a lon/lat point lies inside Oman's land boundary
     * @param today today's date in Oman (dates after it are refused)
     */
    public WellValidator(Predicate<Point> insideOman, Supplier<LocalDate> today) {
        this.insideOman = insideOman;
        this.today = today;
    }

    /**
     * The violations of changing a well now in status {@code from} to these details: those of
     * {@link #validate(WellDetails)} and a status change that makes no sense (see {@link WellStatus#canBecome}).
     */
    public List<Violation> validateChange(WellStatus from, WellDetails to) {
        List<Violation> violations = validate(to);
        if (to.status() != null && !from.canBecome(to.status())) {
            violations.add(Violation.of("status", "INVALID_TRANSITION",
                    "لا يمكن تغيير حالة البئر من «" + from.ar() + "» إلى «" + to.status().ar() + "». الحالات الممكنة: " + names(from, true) + ".",
                    "A well cannot go from " + from + " to " + to.status() + ". Possible next statuses: " + names(from, false) + "."));
        }
        return violations;
    }

    private static String names(WellStatus from, boolean arabic) {
        if (from.next().isEmpty()) {
            return arabic ? "لا شيء (حالة نهائية)" : "none (final status)";
        }
        return String.join(arabic ? "، " : ", ", from.next().stream().map(s -> arabic ? s.ar() : s.name()).toList());
    }

    /** Every violation of the rules for a well record; an empty list when it may be written. */
    public List<Violation> validate(WellDetails details) {
        List<Violation> violations = new ArrayList<>();
        checkLocation(details.location(), violations);
        required(details.type(), "type", "نوع البئر", "type", violations);
        required(details.use(), "use", "استخدام البئر", "use", violations);
        required(details.status(), "status", "حالة البئر", "status", violations);
        checkRange(details.depthM(), WellMeasure.DEPTH, violations);
        checkRange(details.diameterMm(), WellMeasure.DIAMETER, violations);
        checkRange(details.yieldM3PerDay(), WellMeasure.YIELD, violations);
        checkRange(details.staticWaterLevelM(), WellMeasure.STATIC_WATER_LEVEL, violations);
        checkRange(details.ecUsPerCm(), WellMeasure.EC, violations);
        checkWaterLevelAboveBottom(details, violations);
        checkNotFuture(details.drilledOn(), "drilledOn", "تاريخ الحفر", "drilling date", violations);
        checkNotFuture(details.staticWaterLevelOn(), "staticWaterLevelOn", "تاريخ قياس المنسوب", "water level date", violations);
        checkText(details.plotNumber(), "plotNumber", violations);
        checkText(details.drillingContractor(), "drillingContractor", violations);
        checkOwner(details.owner(), violations);
        checkLicences(details.licences(), violations);
        return violations;
    }

    private static void checkWaterLevelAboveBottom(WellDetails d, List<Violation> violations) {
        if (d.depthM() != null && d.staticWaterLevelM() != null && d.staticWaterLevelM() > d.depthM()) {
            violations.add(Violation.of("staticWaterLevelM", "BELOW_WELL_BOTTOM",
                    "منسوب المياه الساكن (" + fmt(d.staticWaterLevelM()) + " م) أعمق من البئر نفسها (" + fmt(d.depthM()) + " م).",
                    "The static water level (" + fmt(d.staticWaterLevelM()) + " m) is deeper than the well itself (" + fmt(d.depthM()) + " m)."));
        }
    }

    private void checkNotFuture(LocalDate date, String field, String ar, String en, List<Violation> violations) {
        if (date != null && date.isAfter(today.get())) {
            violations.add(Violation.of(field, "IN_FUTURE", "«" + ar + "» " + date + " في المستقبل.",
                    "The " + en + " " + date + " is in the future."));
        }
    }

    private static void checkText(String value, String field, List<Violation> violations) {
        if (value != null && (value.isBlank() || value.length() > MAX_TEXT)) {
            violations.add(Violation.of(field, "INVALID_TEXT",
                    "الحقل " + field + " يجب ألا يكون فارغاً وألا يتجاوز " + MAX_TEXT + " حرف.",
                    field + " must not be blank and at most " + MAX_TEXT + " characters."));
        }
    }

    /**
     * The violations of a well's licences alone, as {@link #validate} reports them (fields
     * {@code licences[i].number}, {@code licences[i].type}, {@code licences[i].expiresOn}): the bulk
     * import checks a file's licences with these same rules. Uniqueness across the registry is the
     * registry's ({@code LICENCE_NUMBER_TAKEN}).
     */
    public static List<Violation> validateLicences(List<Licence> licences) {
        List<Violation> violations = new ArrayList<>();
        checkLicences(licences, violations);
        return violations;
    }

    private static void checkLicences(List<Licence> licences, List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < licences.size(); i++) {
            Licence l = licences.get(i);
            String field = "licences[" + i + "]";
            if (l.number() == null || l.number().isBlank() || l.number().length() > 50) {
                violations.add(Violation.of(field + ".number", "INVALID_LICENCE_NUMBER",
                        "رقم الترخيص مطلوب ولا يتجاوز 50 حرفاً.", "A licence number is required, at most 50 characters."));
            } else if (!seen.add(l.number())) {
                violations.add(Violation.of(field + ".number", "DUPLICATE_LICENCE",
                        "رقم الترخيص " + l.number() + " مكرر.", "Licence number " + l.number() + " is listed twice."));
            }
            required(l.type(), field + ".type", "نوع الترخيص", "licence type", violations);
            if (l.issuedOn() != null && l.expiresOn() != null && l.expiresOn().isBefore(l.issuedOn())) {
                violations.add(Violation.of(field + ".expiresOn", "EXPIRES_BEFORE_ISSUE",
                        "تاريخ انتهاء الترخيص قبل تاريخ إصداره.", "The licence expires before it was issued."));
            }
        }
    }

    private void checkLocation(Point p, List<Violation> violations) {
        if (p == null || p.isEmpty()) {
            violations.add(Violation.of("location", "REQUIRED",
                    "موقع البئر مطلوب: نقطة بإحداثيات خط الطول ودائرة العرض (WGS 84).",
                    "The well's location is required: a Point with longitude and latitude (WGS 84)."));
            return;
        }
        double lon = p.getX();
        double lat = p.getY();
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            violations.add(Violation.of("location", "NOT_FINITE",
                    "إحداثيات الموقع يجب أن تكون أرقاماً محددة.",
                    "The location's coordinates must be finite numbers."));
        } else if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            violations.add(Violation.of("location", "NOT_LON_LAT",
                    "الإحداثيات (" + fmt(lon) + "، " + fmt(lat) + ") ليست خط طول ودائرة عرض بالدرجات؛ تبدو إحداثيات مسقطة بالأمتار (مثل UTM). أرسل خط الطول ثم دائرة العرض في WGS 84.",
                    "The coordinates (" + fmt(lon) + ", " + fmt(lat) + ") are not longitude/latitude in degrees; they look like projected metres (e.g. UTM). Send longitude then latitude in WGS 84 (CRS84)."));
        } else if (!insideOman.test(p)) {
            violations.add(outsideOman(lon, lat));
        }
    }

    private Violation outsideOman(double lon, double lat) {
        if (Math.abs(lat) <= 180 && insideOman.test(point(lat, lon))) {
            return Violation.of("location", "LAT_LON_SWAPPED",
                    "النقطة (" + fmt(lon) + "، " + fmt(lat) + ") تقع خارج عُمان، لكنها داخلها إذا بُدّلت الإحداثيات: يجب أن يأتي خط الطول أولاً ثم دائرة العرض، أي [" + fmt(lat) + "، " + fmt(lon) + "].",
                    "The point (" + fmt(lon) + ", " + fmt(lat) + ") lies outside Oman, but inside it with the axes swapped: GeoJSON puts longitude first, then latitude, i.e. [" + fmt(lat) + ", " + fmt(lon) + "].");
        }
        return Violation.of("location", "OUTSIDE_OMAN",
                "النقطة (" + fmt(lon) + "، " + fmt(lat) + ") تقع خارج الحدود البرية لسلطنة عُمان.",
                "The point (" + fmt(lon) + ", " + fmt(lat) + ") lies outside Oman's land boundary.");
    }

    private static void required(Object value, String field, String ar, String en, List<Violation> violations) {
        if (value == null) {
            violations.add(Violation.of(field, "REQUIRED", "الحقل «" + ar + "» مطلوب.", "The field '" + en + "' is required."));
        }
    }

    private static void checkRange(Double value, WellMeasure measure, List<Violation> violations) {
        if (value != null) {
            measure.check(value).ifPresent(violations::add);
        }
    }

    private static void checkOwner(Owner owner, List<Violation> violations) {
        if (owner == null) {
            return;
        }
        if (owner.civilId() != null && !owner.civilId().matches("[0-9]{4,12}")) {
            violations.add(Violation.of("owner.civilId", "INVALID_CIVIL_ID",
                    "الرقم المدني أو رقم السجل التجاري يجب أن يتكون من 4 إلى 12 رقماً.",
                    "The civil ID or commercial registration number must be 4 to 12 digits."));
        }
        if (owner.name() != null && (owner.name().isBlank() || owner.name().length() > 200)) {
            violations.add(Violation.of("owner.name", "INVALID_NAME",
                    "اسم المالك يجب ألا يكون فارغاً وألا يتجاوز 200 حرف.",
                    "The owner's name must not be blank and at most 200 characters."));
        }
    }

    private static Point point(double lon, double lat) {
        return Crs.WGS84.createPoint(new Coordinate(lon, lat));
    }

    private static String fmt(double v) {
        return WellMeasure.number(v);
    }
}

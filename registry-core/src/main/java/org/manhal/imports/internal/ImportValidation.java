package org.manhal.imports.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.manhal.crs.Crs;
import org.manhal.well.LocationAccuracy;
import org.manhal.well.LocationSource;
import org.manhal.well.PowerSource;
import org.manhal.well.PumpType;
import org.manhal.well.WellMeasure;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;

/**
 * The rules of {@link org.manhal.well.WellValidator}, set-based: one statement types the staged
 * text ({@code import_raw} → {@code import_row}, reprojecting UTM/PSD93 rows with ST_Transform),
 * one finds Oman's wells by joining the country's subdivided outline to the rows' GiST index (the
 * outline is then the repeated argument, whose prepared form PostGIS caches), and one scan writes
 * every violation of every row to {@code import_error}, with the single registration's codes and
 * messages. Duplicates are {@link DuplicateCheck}'s.
 *
 * <p>The rules are written here a second time, in SQL, for speed (a million rows in seconds, not a
 * million round trips); {@code ImportRulesIntegrationTests} runs the same bad rows through both and
 * compares the codes, so that they cannot drift apart unnoticed.
 */
public final class ImportValidation {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final List<List<Check>> groups = new ArrayList<>();

    ImportValidation() {
        location();
        required("type", "type", "type", "نوع البئر", WellType.class);
        required("use", "use", "use", "استخدام البئر", WellUse.class);
        required("status", "status", "status", "حالة البئر", WellStatus.class);
        code("pumpType", "pump_type", PumpType.class);
        code("powerSource", "power_source", PowerSource.class);
        code("locationAccuracy", "location_accuracy", LocationAccuracy.class);
        code("locationSource", "location_source", LocationSource.class);
        for (WellMeasure measure : WellMeasure.values()) {
            range(measure);
        }
        belowBottom();
        date("drilledOn", "drilled_on", "تاريخ الحفر", "drilling date");
        date("staticWaterLevelOn", "static_water_level_on", "تاريخ قياس المنسوب", "water level date");
        text("plotNumber", "plot_number", 200, "INVALID_TEXT");
        text("drillingContractor", "drilling_contractor", 200, "INVALID_TEXT");
        text("registryNumber", "registry_number", 50, "INVALID_TEXT");
        owner();
    }

    /** Types the staged rows into {@code import_row} and indexes their locations. */
    void typeRows(Connection c) throws SQLException {
        String numbers = StagingCopy.ATTRIBUTES.stream().filter(ImportValidation::isNumber)
                .map(f -> "import_number(r." + f.column() + ") as " + f.column() + "_v").collect(Collectors.joining(", "));
        String codes = StagingCopy.ATTRIBUTES.stream().filter(ImportValidation::isCode)
                .map(f -> "upper(replace(replace(r." + f.column() + ", ' ', '_'), '-', '_')) as " + f.column() + "_v")
                .collect(Collectors.joining(", "));
        String dates = StagingCopy.ATTRIBUTES.stream().filter(ImportValidation::isDate)
                .map(f -> "case when r." + f.column() + " ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then import_date(r." + f.column()
                        + ") end as " + f.column() + "_v").collect(Collectors.joining(", "));
        execute(c, """
                create temporary table import_row on commit drop as
                select r.*, n.xn, n.yn,
                       case when r.srid = %4$d then
                                case when abs(n.xn) <= 180 and abs(n.yn) <= 90 then ST_SetSRID(ST_MakePoint(n.xn, n.yn), %4$d) end
                            when n.xn between 100000 and 900000 and n.yn between 1700000 and 3100000 then -- as Reprojection
                                ST_Transform(ST_SetSRID(ST_MakePoint(n.xn, n.yn), r.srid), %4$d)
                       end as geom,
                       %1$s, %2$s, %3$s
                  from import_raw r cross join lateral (select import_number(r.x) as xn, import_number(r.y) as yn) n
                """.formatted(numbers, codes, dates, Crs.WGS84_SRID));
        execute(c, "create index on import_row using gist (geom)");
        execute(c, "analyze import_row");
        execute(c, """
                create temporary table import_inside on commit drop as
                select distinct r.line from admin_area_part p join import_row r on ST_Covers(p.geom, r.geom)
                 where p.level = 'COUNTRY'""");
        execute(c, "analyze import_inside");
    }

    /** Writes every violation of every row to {@code import_error}. */
    void check(Connection c) throws SQLException {
        List<Check> all = groups.stream().flatMap(List::stream).toList();
        String found = groups.stream().map(this::caseOf).collect(Collectors.joining(",\n"));
        String kinds = all.stream().map(k -> "(" + all.indexOf(k) + ", " + lit(k.field) + ", " + lit(k.code) + ")")
                .collect(Collectors.joining(", "));
        String en = all.stream().map(k -> " when " + all.indexOf(k) + " then " + message(k.en))
                .collect(Collectors.joining());
        String ar = all.stream().map(k -> " when " + all.indexOf(k) + " then " + message(k.ar))
                .collect(Collectors.joining());
        execute(c, """
                insert into import_error (line, field, code, message, message_ar)
                select b.line, k.field, k.code, case b.k %s end, case b.k %s end
                  from (select r.*, i.inside_line, unnest(array_remove(array[%s], null)) as k
                          from import_row r left join (select line as inside_line from import_inside) i on i.inside_line = r.line) b
                  join (values %s) k(k, field, code) on k.k = b.k""".formatted(en, ar, found, kinds));
    }

    private String caseOf(List<Check> group) {
        List<Check> all = groups.stream().flatMap(List::stream).toList();
        return "case" + group.stream().map(k -> " when " + k.condition + " then " + all.indexOf(k))
                .collect(Collectors.joining()) + " end";
    }

    private void location() {
        groups.add(List.of(
                new Check("location", "REQUIRED", "x is null or y is null",
                        "The well's location is required: longitude and latitude (WGS 84), or easting and northing with their CRS.",
                        "موقع البئر مطلوب: خط الطول ودائرة العرض (WGS 84)، أو الشرقي والشمالي مع نظام إحداثياتهما."),
                new Check("location", "INVALID_COORDINATES", "xn is null or yn is null",
                        "The coordinates ({x}, {y}) must be two numbers.",
                        "الإحداثيات ({x}، {y}) يجب أن تكون رقمين."),
                new Check("location", "NOT_LON_LAT", "srid = " + Crs.WGS84_SRID + " and geom is null",
                        "The coordinates ({xn}, {yn}) are not longitude/latitude in degrees; they look like projected metres (e.g. UTM). Give longitude then latitude in WGS 84, or name the CRS.",
                        "الإحداثيات ({xn}، {yn}) ليست خط طول ودائرة عرض بالدرجات؛ تبدو إحداثيات مسقطة بالأمتار (مثل UTM). اكتب خط الطول ثم دائرة العرض في WGS 84، أو سمِّ نظام الإحداثيات."),
                new Check("location", "EASTING_NORTHING_SWAPPED",
                        "geom is null and yn between 100000 and 900000 and xn between 1700000 and 3100000",
                        "Easting and northing look swapped ({xn}, {yn}): write the easting first, then the northing.",
                        "يبدو أن الإحداثي الشرقي والشمالي مبدلان ({xn}، {yn}): اكتب الشرقي أولاً ثم الشمالي."),
                new Check("location", "OUTSIDE_CRS_AREA", "geom is null",
                        "The coordinates ({xn}, {yn}) do not fall in Oman in EPSG:{srid}: easting 100,000–900,000 m, northing 1,700,000–3,100,000 m.",
                        "الإحداثيات ({xn}، {yn}) لا تقع في عُمان ضمن EPSG:{srid}: الشرقي بين 100000 و900000 م والشمالي بين 1700000 و3100000 م."),
                new Check("location", "LAT_LON_SWAPPED", "inside_line is null and exists (select 1 from admin_area_part p"
                        + " where p.level = 'COUNTRY' and ST_Covers(p.geom, ST_SetSRID(ST_MakePoint(ST_Y(r.geom), ST_X(r.geom)), " + Crs.WGS84_SRID + ")))",
                        "The point ({lon}, {lat}) lies outside Oman, but inside it with the axes swapped: longitude comes first, then latitude.",
                        "النقطة ({lon}، {lat}) تقع خارج عُمان، لكنها داخلها إذا بُدّلت الإحداثيات: يجب أن يأتي خط الطول أولاً ثم دائرة العرض."),
                new Check("location", "OUTSIDE_OMAN", "inside_line is null",
                        "The point ({lon}, {lat}) lies outside Oman's land boundary.",
                        "النقطة ({lon}، {lat}) تقع خارج الحدود البرية لسلطنة عُمان.")));
    }

    private <E extends Enum<E>> void required(String field, String column, String en, String ar, Class<E> type) {
        groups.add(List.of(new Check(field, "REQUIRED", column + " is null",
                        "The field '" + en + "' is required.", "الحقل «" + ar + "» مطلوب."),
                unknown(field, column, type)));
    }

    private <E extends Enum<E>> void code(String field, String column, Class<E> type) {
        groups.add(List.of(unknown(field, column, type)));
    }

    private static <E extends Enum<E>> Check unknown(String field, String column, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        String list = Arrays.stream(type.getEnumConstants()).map(e -> lit(e.name())).collect(Collectors.joining(", "));
        return new Check(field, "UNKNOWN_VALUE", column + "_v not in (" + list + ")",
                "Unknown value '{" + column + "}' for " + field + ". Allowed values: " + allowed + ".",
                "القيمة «{" + column + "}» غير معروفة للحقل " + field + ". القيم المسموحة: " + allowed + ".");
    }

    private void range(WellMeasure measure) {
        String field = measure.field();
        String column = measure.column();
        String ar = measure.ar();
        String en = measure.en();
        double min = measure.min();
        double max = measure.max();
        String v = column + "_v";
        groups.add(List.of(
                new Check(field, "NOT_A_NUMBER", column + " is not null and " + v + " is null",
                        field + " must be a number, not '{" + column + "}'.",
                        "الحقل " + field + " يجب أن يكون رقماً، وليس «{" + column + "}»."),
                new Check(field, "NEGATIVE", v + " < 0",
                        "'" + en + "' cannot be negative ({" + v + "}).", "«" + ar + "» لا يمكن أن يكون سالباً ({" + v + "})."),
                new Check(field, "OUT_OF_RANGE", v + " < " + num(min) + " or " + v + " > " + num(max),
                        "'" + en + "' = {" + v + "} is outside the plausible range " + num(min) + " to " + num(max) + ".",
                        "«" + ar + "» = {" + v + "} خارج المدى المقبول من " + num(min) + " إلى " + num(max) + ".")));
    }

    private void belowBottom() {
        groups.add(List.of(new Check("staticWaterLevelM", "BELOW_WELL_BOTTOM", "static_water_level_m_v > depth_m_v",
                "The static water level ({static_water_level_m_v} m) is deeper than the well itself ({depth_m_v} m).",
                "منسوب المياه الساكن ({static_water_level_m_v} م) أعمق من البئر نفسها ({depth_m_v} م).")));
    }

    private void date(String field, String column, String ar, String en) {
        String v = column + "_v";
        groups.add(List.of(
                new Check(field, "INVALID_DATE", column + " is not null and " + v + " is null",
                        "The date '{" + column + "}' in " + field + " is invalid: write it as YYYY-MM-DD.",
                        "التاريخ «{" + column + "}» في الحقل " + field + " غير صالح: اكتبه بالصيغة YYYY-MM-DD."),
                new Check(field, "IN_FUTURE", v + " > (now() at time zone 'Asia/Muscat')::date",
                        "The " + en + " {" + v + "} is in the future.", "«" + ar + "» {" + v + "} في المستقبل.")));
    }

    private void text(String field, String column, int max, String code) {
        groups.add(List.of(new Check(field, code, "length(" + column + ") > " + max,
                field + " must not be blank and at most " + max + " characters.",
                "الحقل " + field + " يجب ألا يكون فارغاً وألا يتجاوز " + max + " حرف.")));
    }

    private void owner() {
        groups.add(List.of(new Check("owner.civilId", "INVALID_CIVIL_ID", "owner_civil_id !~ '^[0-9]{4,12}$'",
                "The civil ID or commercial registration number must be 4 to 12 digits.",
                "الرقم المدني أو رقم السجل التجاري يجب أن يتكون من 4 إلى 12 رقماً.")));
        groups.add(List.of(new Check("owner.name", "INVALID_NAME", "length(owner_name) > 200",
                "The owner's name must not be blank and at most 200 characters.",
                "اسم المالك يجب ألا يكون فارغاً وألا يتجاوز 200 حرف.")));
    }

    /** A message template as an SQL text expression: {column} becomes the row's value. */
    private static String message(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sql = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sql.append(lit(template.substring(last, m.start()))).append(" || ").append(value(m.group(1))).append(" || ");
            last = m.end();
        }
        return sql.append(lit(template.substring(last))).toString();
    }

    private static String value(String name) {
        return switch (name) {
            case "lon" -> "coalesce(round(ST_X(b.geom)::numeric, 6)::text, '')";
            case "lat" -> "coalesce(round(ST_Y(b.geom)::numeric, 6)::text, '')";
            default -> "coalesce(b." + name + "::text, '')";
        };
    }

    static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean isNumber(ImportField f) {
        return Arrays.stream(WellMeasure.values()).anyMatch(m -> m.column().equals(f.column()));
    }

    private static boolean isCode(ImportField f) {
        return switch (f) {
            case TYPE, USE, STATUS, PUMP_TYPE, POWER_SOURCE, LOCATION_ACCURACY, LOCATION_SOURCE -> true;
            default -> false;
        };
    }

    private static boolean isDate(ImportField f) {
        return f == ImportField.DRILLED_ON || f == ImportField.STATIC_WATER_LEVEL_ON;
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** One rule: where it applies (an SQL condition on the typed row), its code and messages. */
    private record Check(String field, String code, String condition, String en, String ar) {
    }
}

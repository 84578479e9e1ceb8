package org.manhal.zoning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.manhal.admin.AdminAreas;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.crs.Crs;
import org.manhal.crs.PolygonPurpose;
import org.manhal.crs.PolygonValidator;
import org.manhal.crs.Wkb;
import org.manhal.plot.Plot;
import org.manhal.plot.Plots;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.RuleOutcome;
import org.manhal.zoning.internal.Projection;
import org.manhal.zoning.internal.ZoningEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The zoning check of a proposed building ({@code POST /api/checks/zoning}, and the building
 * permit's decision): lock-free and read-only.
 *
 * <p>The plot, the footprint and the street frontage are projected by PostGIS to UTM 40N (39N when
 * the plot's centroid lies west of 54°E); the zones the plot lies in come with their share of its
 * area; the pure engine decides inside-plot, setbacks, coverage, floor-area ratio, floors, height,
 * use and minimum plot area against the strictest rule of those zones; protected features of the
 * spacing layers (aflaj, public supply wells) within the distances of
 * {@code zoning_protection_distance} (geodesic, WGS 84) and restricted zones the footprint meets
 * are flagged. Every geometry of the verdict is projected back to lon/lat.
 */
@Service
public class ZoningChecks {

    /** West of this longitude the check works in UTM 39N, east of it in 40N. */
    public static final double UTM_39_40_BORDER_LON = 54.0;

    /** A zone meeting the plot on less than this (UTM m²) only touches it along the zone line. */
    private static final double TOUCH_ONLY_M2 = 0.01;

    private static final String RESTRICTED_REFERENCE =
            "Water-resources protection and restricted zones (RD 29/2000): building needs the water authority's review";

    private static final int MAX_FLOORS = 300;
    private static final BigDecimal MAX_HEIGHT_M = BigDecimal.valueOf(1_000);
    private static final BigDecimal MAX_GFA_M2 = BigDecimal.valueOf(10_000_000);

    /** No building is wider than this (degrees, about 5 km); a larger footprint is a mistake of units or axes. */
    private static final double MAX_FOOTPRINT_SPAN_DEG = 0.05;
    /** No plot is wider than this (degrees, about 50 km, a very large farm). */
    private static final double MAX_PLOT_SPAN_DEG = 0.5;

    private final JdbcClient jdbc;
    private final Plots plots;
    private final ZoneRules rules;
    private final AdminAreas areas;

    ZoningChecks(JdbcClient jdbc, Plots plots, ZoneRules rules, AdminAreas areas) {
        this.jdbc = jdbc;
        this.plots = plots;
        this.rules = rules;
        this.areas = areas;
    }

    /** The UTM zone of the metric work for a plot whose centroid has this longitude. */
    public static int utmSridFor(double longitude) {
        return longitude < UTM_39_40_BORDER_LON ? Crs.UTM_39N_SRID : Crs.UTM_40N_SRID;
    }

    /**
     * Checks the building.
     *
     * @throws InvalidInputException for an invalid footprint or plot polygon (with the place of the
     *         problem) or values out of range; nothing is repaired
     * @throws org.manhal.plot.PlotNotFoundException for an unknown plot
     */
    public ZoningVerdict check(ZoningCheckRequest request) {
        validate(request);
        Polygon plotPolygon;
        Geometry frontage;
        ZoningFeature plotRef;
        boolean plotSample;
        if (request.plot() != null) {
            Plot plot = plots.get(request.plot());
            plotPolygon = plot.polygon();
            frontage = plot.streetFrontage();
            plotRef = new ZoningFeature(String.valueOf(plot.id()), ZoningFeature.PLOT, plot.key().toString(),
                    plot.key().toString(), plot.sample());
            plotSample = plot.sample();
        } else {
            plotPolygon = request.plotPolygon();
            frontage = null;
            plotRef = new ZoningFeature("request", ZoningFeature.PLOT, null, null, false);
            plotSample = false;
        }
        int srid = utmSridFor(plotPolygon.getCentroid().getX());
        List<Geometry> toProject = new ArrayList<>(List.of(plotPolygon, request.footprint()));
        if (frontage != null) {
            toProject.add(frontage);
        }
        Surroundings around = surroundings(plotPolygon, request.footprint(), toProject, srid);
        Polygon metricPlot = (Polygon) around.metric().get(0);
        Geometry metricFootprint = around.metric().get(1);
        Geometry metricFrontage = frontage == null ? null : around.metric().get(2);

        ZoneRules.Snapshot snapshot = rules.current();
        List<ZoningEngine.ZoneShare> shares = shares(around.zones(), metricPlot.getArea(), snapshot);
        BigDecimal zonedPct = shares.stream().map(s -> s.zone().shareOfPlotPct()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unzonedPct = BigDecimal.valueOf(100).subtract(zonedPct).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);

        ZoningEngine.Result result = ZoningEngine.check(new ZoningEngine.MetricPlot(plotRef, metricPlot, metricFrontage),
                shares, unzonedPct, new ZoningEngine.Proposal(metricFootprint, request.use(), request.floors(),
                        request.heightM(), request.grossFloorAreaM2()));

        List<ZoningFinding> findings = new ArrayList<>(toLonLat(result.findings(), srid));
        findings.addAll(around.water());
        findings.sort(Comparator.comparing((ZoningFinding f) -> f.aspect().ordinal()).thenComparing(ZoningFinding::ruleId));
        boolean sample = plotSample || shares.stream().anyMatch(s -> s.zone().sample())
                || findings.stream().anyMatch(f -> f.feature().sample());
        return new ZoningVerdict(ZoningVerdict.statusOf(findings), findings, request.plot(), plotPolygon,
                result.plotAreaM2(), result.footprintAreaM2(), result.grossFloorAreaM2(), result.boundaryDistanceM(),
                shares.stream().map(ZoningEngine.ZoneShare::zone).toList(), result.strictestOfZones(), srid, sample,
                snapshot.version());
    }

    private void validate(ZoningCheckRequest r) {
        List<Violation> violations = new ArrayList<>(PolygonValidator.validate(r.footprint(), "footprint", PolygonPurpose.FOOTPRINT));
        if (violations.isEmpty()) {
            where(r.footprint(), "footprint", MAX_FOOTPRINT_SPAN_DEG, violations);
        }
        if (r.plotPolygon() != null) {
            List<Violation> plot = PolygonValidator.validate(r.plotPolygon(), "plotPolygon", PolygonPurpose.PLOT);
            if (plot.isEmpty()) {
                where(r.plotPolygon(), "plotPolygon", MAX_PLOT_SPAN_DEG, plot);
            }
            violations.addAll(plot);
        }
        if (r.floors() < 1 || r.floors() > MAX_FLOORS) {
            violations.add(Violation.of("floors", "OUT_OF_RANGE", "عدد الطوابق يجب أن يكون بين 1 و" + MAX_FLOORS + ".",
                    "floors must be between 1 and " + MAX_FLOORS + "."));
        }
        if (r.heightM() != null && (r.heightM().signum() <= 0 || r.heightM().compareTo(MAX_HEIGHT_M) > 0)) {
            violations.add(Violation.of("heightM", "OUT_OF_RANGE", "الارتفاع يجب أن يكون أكبر من 0 ولا يتجاوز 1000 م.",
                    "heightM must be above 0 and at most 1000 m."));
        }
        if (r.grossFloorAreaM2() != null && (r.grossFloorAreaM2().signum() <= 0 || r.grossFloorAreaM2().compareTo(MAX_GFA_M2) > 0)) {
            violations.add(Violation.of("grossFloorAreaM2", "OUT_OF_RANGE",
                    "إجمالي مساحة الطوابق يجب أن يكون أكبر من 0 ولا يتجاوز 10,000,000 م².",
                    "grossFloorAreaM2 must be above 0 and at most 10,000,000 m²."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * A polygon of the check lies in Oman (its interior point inside the land boundary) and is no
     * wider than {@code maxSpan} degrees: the UTM zones of the check cover Oman, and a footprint
     * kilometres wide is a mistake (metres sent as degrees, swapped axes), not a building.
     */
    private void where(Geometry polygon, String field, double maxSpan, List<Violation> violations) {
        if (!areas.isInOman(polygon.getInteriorPoint())) {
            violations.add(Violation.of(field, "OUTSIDE_OMAN",
                    "المضلع " + field + " يقع خارج عُمان: أرسل خط الطول ثم دائرة العرض بالدرجات (WGS 84).",
                    field + " lies outside Oman: send longitude, latitude in degrees (WGS 84)."));
        } else if (polygon.getEnvelopeInternal().getWidth() > maxSpan || polygon.getEnvelopeInternal().getHeight() > maxSpan) {
            violations.add(Violation.of(field, "TOO_LARGE",
                    "المضلع " + field + " أوسع من " + maxSpan + " درجة، وهذا أكبر من أي " + ("footprint".equals(field) ? "مبنى" : "قطعة") + ".",
                    field + " spans more than " + maxSpan + "°, larger than any " + ("footprint".equals(field) ? "building" : "plot") + "."));
        }
    }

    /** A zone meeting the plot, with the UTM area they share. */
    private record ZoneRow(AppliedZone zone, double sharedM2) {
    }

    /** The zones meeting the plot on more than a touch, largest share first, with their rules in force. */
    private static List<ZoningEngine.ZoneShare> shares(List<ZoneRow> zones, double plotAreaM2, ZoneRules.Snapshot snapshot) {
        return zones.stream()
                .filter(z -> z.sharedM2() >= TOUCH_ONLY_M2)
                .sorted(Comparator.comparingDouble(ZoneRow::sharedM2).reversed().thenComparingLong(z -> z.zone().zoneId()))
                .map(z -> {
                    AppliedZone zone = new AppliedZone(z.zone().zoneId(), z.zone().code(), z.zone().nameAr(), z.zone().nameEn(),
                            BigDecimal.valueOf(100 * z.sharedM2() / plotAreaM2).setScale(2, RoundingMode.HALF_UP),
                            z.zone().sample());
                    return new ZoningEngine.ZoneShare(zone, snapshot.byCode().get(zone.code()));
                })
                .toList();
    }

    private List<ZoningFinding> toLonLat(List<ZoningFinding> metric, int srid) {
        List<Geometry> all = new ArrayList<>();
        for (ZoningFinding f : metric) {
            all.add(f.geometry());
            f.drawings().forEach(d -> all.add(d.geometry()));
        }
        List<Geometry> back = Projection.transform(jdbc, all, srid, Crs.WGS84_SRID);
        List<ZoningFinding> out = new ArrayList<>(metric.size());
        int i = 0;
        for (ZoningFinding f : metric) {
            Geometry g = back.get(i++);
            List<Drawing> drawings = new ArrayList<>();
            for (Drawing d : f.drawings()) {
                drawings.add(new Drawing(d.role(), back.get(i++)));
            }
            out.add(new ZoningFinding(f.ruleId(), f.aspect(), f.legalReference(), f.outcome(), f.measuredValue(), f.limit(),
                    f.unit(), f.feature(), g, drawings, f.messageAr(), f.messageEn()));
        }
        return out;
    }

    /**
     * What the check needs from the database, in one statement (one round trip, one plan): the
     * plot, the footprint and the street frontage projected to the check's UTM zone; the zones
     * the plot meets, with the UTM area they share with it; and the water-protection findings.
     */
    private record Surroundings(List<Geometry> metric, List<ZoneRow> zones, List<ZoningFinding> water) {
    }

    /**
     * The water-protection part: aflaj and public supply wells nearer to the footprint than their
     * protection distance, found through the GiST index in a box around the footprint and measured
     * geodesically (geography on the few rows found, never as an index condition), decided at the
     * centimetre; and the restricted zones the footprint meets (measured: the area inside, UTM m²).
     * The rows of the parts are told apart by {@code layer}: M (the projections), Z (zones),
     * P (protected features), R (restricted zones).
     */
    private Surroundings surroundings(Polygon plot, Geometry footprint, List<Geometry> toProject, int srid) {
        WKBReader reader = new WKBReader(Crs.WGS84);
        List<Geometry> metric = new ArrayList<>();
        List<ZoneRow> zones = new ArrayList<>();
        List<ZoningFinding> out = new ArrayList<>();
        WKBWriter writer = new WKBWriter();
        jdbc.sql("""
                with g as (select ST_GeomFromWKB(?, %1$d) as plot, ST_GeomFromWKB(?, %1$d) as fp,
                                  ST_GeomFromWKB(?, %1$d) as projected)
                (select 'M' as layer, null::bigint as id, null::text as kind, null::text as name_en, null::text as name_ar,
                        false as is_sample, null::numeric as distance_m, null::text as outcome, null::text as legal_reference,
                        null::float8 as measured, ST_AsBinary(ST_Transform(g.projected, ?)) as wkb
                   from g)
                union all
                (select 'Z', z.id, z.code, r.name_en, r.name_ar, z.is_sample or r.is_sample, null, null, null,
                        ST_Area(ST_Transform(ST_Intersection(z.geom, g.plot), ?)), null
                   from g join zone z on z.geom && g.plot and ST_Intersects(z.geom, g.plot)
                   join zone_rule r on r.code = z.code)
                union all
                (select 'P', p.id, p.kind, p.name_en, p.name_ar, p.is_sample, d.distance_m, d.outcome,
                        d.legal_reference, ST_Distance(p.geom::geography, g.fp::geography),
                        ST_AsBinary(ST_ShortestLine(g.fp, p.geom))
                   from g join zoning_protection_distance d on true
                   join protected_feature p on p.kind = d.target_kind and p.geom && ST_Expand(g.fp, d.distance_m / 90000.0)
                  order by 10, 2 limit 100)
                union all
                (select 'R', z.id, z.kind, z.name_en, z.name_ar, z.is_sample, null, 'NEEDS_REVIEW', null,
                        ST_Area(ST_Transform(ST_Intersection(z.geom, g.fp), ?)), ST_AsBinary(ST_Intersection(z.geom, g.fp))
                   from g join restricted_zone z on z.geom && g.fp and ST_Intersects(z.geom, g.fp)
                  order by 2 limit 100)""".formatted(Crs.WGS84_SRID))
                .params(writer.write(plot), writer.write(footprint), Projection.collection(toProject, Crs.WGS84_SRID),
                        srid, srid, srid)
                .query(rs -> {
                    String layer = rs.getString("layer");
                    if ("M".equals(layer)) {
                        metric.addAll(Projection.members(rs.getBytes("wkb"), srid, toProject.size()));
                        return;
                    }
                    if ("Z".equals(layer)) {
                        zones.add(new ZoneRow(new AppliedZone(rs.getLong("id"), rs.getString("kind"), rs.getString("name_ar"),
                                rs.getString("name_en"), null, rs.getBoolean("is_sample")), rs.getDouble("measured")));
                        return;
                    }
                    FeatureKind kind = FeatureKind.valueOf(rs.getString("kind"));
                    String id = String.valueOf(rs.getLong("id"));
                    String nameEn = rs.getString("name_en");
                    String nameAr = rs.getString("name_ar");
                    ZoningFeature feature = new ZoningFeature(id, kind.name(), nameEn, nameAr, rs.getBoolean("is_sample"));
                    BigDecimal measured = BigDecimal.valueOf(rs.getDouble("measured")).setScale(2, RoundingMode.HALF_UP);
                    Geometry g = Wkb.read(reader, rs.getBytes("wkb"));
                    if ("R".equals(layer)) {
                        out.add(new ZoningFinding("RESTRICTED." + kind.name(), ZoningAspect.RESTRICTED_ZONE, RESTRICTED_REFERENCE,
                                RuleOutcome.NEEDS_REVIEW, measured, BigDecimal.ZERO.setScale(2), "m2", feature, g, List.of(),
                                "يقع " + measured.toPlainString() + " م² من المبنى داخل " + kind.labelAr() + ": يقرر فيه المراجع.",
                                measured.toPlainString() + " m² of the building lie inside a " + kind.labelEn()
                                        + ": a reviewer decides."));
                        return;
                    }
                    BigDecimal limit = rs.getBigDecimal("distance_m");
                    if (measured.compareTo(limit) >= 0) {
                        return;
                    }
                    if (g.getLength() == 0) {
                        g = g.getFactory().createPoint(g.getCoordinate());
                    }
                    String shownEn = nameEn != null ? nameEn : kind.labelEn() + " " + id;
                    String shownAr = nameAr != null ? nameAr : (nameEn != null ? nameEn : kind.labelAr() + " " + id);
                    out.add(new ZoningFinding("PROTECTION." + kind.name(), ZoningAspect.PROTECTION_DISTANCE,
                            rs.getString("legal_reference"), RuleOutcome.valueOf(rs.getString("outcome")), measured, limit, "m",
                            feature, g, List.of(),
                            "يبعد المبنى " + measured.toPlainString() + " م عن " + kind.labelAr() + " «" + shownAr
                                    + "»، ومسافة الحماية " + limit.toPlainString() + " م: يقرر فيه المراجع.",
                            "The building is " + measured.toPlainString() + " m from the " + kind.labelEn() + " '" + shownEn
                                    + "', within its protection distance of " + limit.toPlainString() + " m: a reviewer decides."));
                });
        return new Surroundings(metric, zones, out);
    }
}

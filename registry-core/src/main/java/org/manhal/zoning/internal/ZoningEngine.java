package org.manhal.zoning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.manhal.rules.RuleOutcome;
import org.manhal.zoning.AppliedZone;
import org.manhal.zoning.BuildingUse;
import org.manhal.zoning.Drawing;
import org.manhal.zoning.ZoneRule;
import org.manhal.zoning.ZoningAspect;
import org.manhal.zoning.ZoningFeature;
import org.manhal.zoning.ZoningFinding;

/**
 * The pure zoning engine: JTS on geometries already in a metric CRS (UTM), no database. Distances
 * are planar metres in that CRS, decided on values rounded half-up to the centimetre (areas to the
 * cm², ratios and percentages to two decimals): a value exactly at its limit passes.
 *
 * <p>Setbacks are decided on exact distances from the footprint to each class of plot edge
 * ({@link PlotEdges}); the setback line drawn with a finding is the boundary of the plot less a
 * buffer of each edge by its setback (a negative buffer of the plot when the setback is uniform),
 * approximated as buffers are, and used only for the picture.
 */
public final class ZoningEngine {

    /** Ground floors in the measurement rounding of the checks: centimetres, cm², 1/100. */
    private static final int SCALE = 2;

    /** The plot as the engine sees it. */
    public record MetricPlot(ZoningFeature ref, Polygon polygon, Geometry streetFrontage) {
    }

    /** A zone the plot lies in, with its rule (the rule is null when disabled or missing). */
    public record ZoneShare(AppliedZone zone, ZoneRule rule) {
    }

    /** The proposed building; footprint in the same metric CRS as the plot. */
    public record Proposal(Geometry footprint, BuildingUse use, int floors, BigDecimal heightM,
                           BigDecimal grossFloorAreaM2) {
    }

    /** What the engine found; geometries in the metric CRS. */
    public record Result(List<ZoningFinding> findings, BigDecimal plotAreaM2, BigDecimal footprintAreaM2,
                         BigDecimal grossFloorAreaM2, BigDecimal boundaryDistanceM, boolean strictestOfZones) {
    }

    private ZoningEngine() {
    }

    public static Result check(MetricPlot plot, List<ZoneShare> zones, BigDecimal unzonedSharePct, Proposal p) {
        List<ZoningFinding> findings = new ArrayList<>();
        Polygon polygon = plot.polygon();
        BigDecimal plotArea = round(polygon.getArea());
        BigDecimal footprintArea = round(p.footprint().getArea());
        BigDecimal gfa = p.grossFloorAreaM2() != null ? p.grossFloorAreaM2().setScale(SCALE, RoundingMode.HALF_UP)
                : round(p.footprint().getArea() * p.floors());
        BigDecimal boundaryDistance = round(DistanceOp.distance(p.footprint(), polygon.getBoundary()));
        if (!polygon.covers(p.footprint())) {
            boundaryDistance = BigDecimal.ZERO.setScale(SCALE);
        }

        insidePlot(plot, p, findings);

        List<ZoneRule> rules = zones.stream().map(ZoneShare::rule).filter(r -> r != null).toList();
        boolean split = zones.size() > 1;
        if (split) {
            findings.add(splitPlot(plot, zones));
        }
        boolean unzoned = unzonedSharePct.compareTo(BigDecimal.ZERO) > 0 || rules.size() < zones.size();
        if (unzoned) {
            findings.add(noZone(plot, unzonedSharePct, zones));
        }
        if (!rules.isEmpty()) {
            Strictest strictest = new Strictest(rules);
            setbacks(plot, strictest, p, findings);
            ratio(findings, strictest.smallest(ZoneRule::maxCoveragePct), ZoningAspect.COVERAGE,
                    ratio(footprintArea, plotArea, 100), "%", plot, p.footprint(),
                    "نسبة البناء %s%% تتجاوز الحد الأقصى %s%% للمنطقة %s.",
                    "The coverage %s%% exceeds the maximum %s%% of zone %s.");
            ratio(findings, strictest.smallest(ZoneRule::maxFar), ZoningAspect.FLOOR_AREA_RATIO,
                    ratio(gfa, plotArea, 1), "ratio", plot, p.footprint(),
                    "معامل البناء الطابقي %s يتجاوز الحد الأقصى %s للمنطقة %s.",
                    "The floor-area ratio %s exceeds the maximum %s of zone %s.");
            ratio(findings, strictest.smallest(r -> r.maxFloors() == null ? null : BigDecimal.valueOf(r.maxFloors())),
                    ZoningAspect.FLOORS, BigDecimal.valueOf(p.floors()), "floors", plot, p.footprint(),
                    "عدد الطوابق %s يتجاوز الحد الأقصى %s للمنطقة %s.",
                    "%s floors exceed the maximum of %s floors of zone %s.");
            if (p.heightM() != null) {
                ratio(findings, strictest.smallest(ZoneRule::maxHeightM), ZoningAspect.HEIGHT,
                        p.heightM().setScale(SCALE, RoundingMode.HALF_UP), "m", plot, p.footprint(),
                        "ارتفاع المبنى %s م يتجاوز الحد الأقصى %s م للمنطقة %s.",
                        "The height %s m exceeds the maximum %s m of zone %s.");
            }
            use(plot, strictest, p.use(), findings);
            strictest.largest(ZoneRule::minPlotAreaM2).ifPresent(min -> {
                if (plotArea.compareTo(min.value()) < 0) {
                    findings.add(finding(min.from(), ZoningAspect.MIN_PLOT_AREA, RuleOutcome.NEEDS_REVIEW, plotArea,
                            min.value(), "m2", plot.ref(), polygon, List.of(),
                            fmt("مساحة القطعة %s م² أقل من الحد الأدنى %s م² للمنطقة %s: قطعة قائمة، يقرر فيها المراجع.",
                                    plotArea, min.value(), min.from().code()),
                            fmt("The plot's %s m² is below the minimum %s m² of zone %s: an existing plot, a reviewer decides.",
                                    plotArea, min.value(), min.from().code())));
                }
            });
        }
        findings.sort(Comparator.comparing((ZoningFinding f) -> f.aspect().ordinal()).thenComparing(ZoningFinding::ruleId));
        return new Result(findings, plotArea, footprintArea, gfa, boundaryDistance, split);
    }

    private static void insidePlot(MetricPlot plot, Proposal p, List<ZoningFinding> findings) {
        Geometry outside = p.footprint().difference(plot.polygon());
        BigDecimal outsideArea = round(outside.getArea());
        if (outsideArea.signum() > 0) {
            findings.add(new ZoningFinding("PLOT." + ZoningAspect.INSIDE_PLOT.name(), ZoningAspect.INSIDE_PLOT, null,
                    RuleOutcome.REJECT, outsideArea, BigDecimal.ZERO.setScale(SCALE), "m2", plot.ref(), outside,
                    List.of(new Drawing(Drawing.Role.AREA, plot.polygon())),
                    fmt("يخرج %s م² من مسقط المبنى عن حدود القطعة.", outsideArea),
                    fmt("%s m² of the footprint lie outside the plot.", outsideArea)));
        }
    }

    private static ZoningFinding splitPlot(MetricPlot plot, List<ZoneShare> zones) {
        String ar = zones.stream().map(z -> z.zone().code() + " (" + z.zone().shareOfPlotPct().toPlainString() + "%)")
                .collect(Collectors.joining("، "));
        String en = zones.stream().map(z -> z.zone().code() + " (" + z.zone().shareOfPlotPct().toPlainString() + "%)")
                .collect(Collectors.joining(", "));
        return new ZoningFinding("PLOT." + ZoningAspect.SPLIT_PLOT.name(), ZoningAspect.SPLIT_PLOT, null, RuleOutcome.WARN,
                BigDecimal.valueOf(zones.size()), null, "zones", plot.ref(), plot.polygon(), List.of(),
                "تقع القطعة في أكثر من منطقة تنظيمية: " + ar + "؛ طُبّق أشد الاشتراطات لكل بند.",
                "The plot lies in several zones: " + en + "; the strictest limit of each applies.");
    }

    private static ZoningFinding noZone(MetricPlot plot, BigDecimal unzonedSharePct, List<ZoneShare> zones) {
        String missing = zones.stream().filter(z -> z.rule() == null).map(z -> z.zone().code()).collect(Collectors.joining(", "));
        String detailEn = missing.isEmpty() ? "" : "; zones without a rule in force: " + missing;
        String detailAr = missing.isEmpty() ? "" : "؛ مناطق بلا قاعدة سارية: " + missing;
        return new ZoningFinding("PLOT." + ZoningAspect.NO_ZONE.name(), ZoningAspect.NO_ZONE, null, RuleOutcome.NEEDS_REVIEW,
                unzonedSharePct, BigDecimal.ZERO.setScale(SCALE), "%", plot.ref(), plot.polygon(), List.of(),
                fmt("%s%% من مساحة القطعة لا تغطيه منطقة تنظيمية", unzonedSharePct) + detailAr + ": يقرر فيها المراجع.",
                fmt("%s%% of the plot lies in no zone", unzonedSharePct) + detailEn + ": a reviewer decides.");
    }

    private static void setbacks(MetricPlot plot, Strictest strictest, Proposal p, List<ZoningFinding> findings) {
        List<PlotEdges.Edge> edges = PlotEdges.classify(plot.polygon(), plot.streetFrontage());
        Map<EdgeKind, Optional<Strictest.Limit>> limits = new EnumMap<>(EdgeKind.class);
        limits.put(EdgeKind.FRONT, strictest.largest(ZoneRule::setbackFrontM));
        limits.put(EdgeKind.SIDE, strictest.largest(ZoneRule::setbackSideM));
        limits.put(EdgeKind.REAR, strictest.largest(ZoneRule::setbackRearM));
        limits.put(EdgeKind.UNIFORM, strictest.largest(ZoneRule::uniformSetbackM));
        GeometryFactory gf = plot.polygon().getFactory();
        // the picture costs a buffer per edge: drawn only for a finding, once
        Geometry setbackLine = null;
        Map<EdgeKind, List<PlotEdges.Edge>> byKind = edges.stream().collect(Collectors.groupingBy(PlotEdges.Edge::kind,
                () -> new EnumMap<>(EdgeKind.class), Collectors.toList()));
        for (Map.Entry<EdgeKind, List<PlotEdges.Edge>> e : byKind.entrySet()) {
            Optional<Strictest.Limit> limit = limits.get(e.getKey());
            if (limit.isEmpty() || limit.get().value().signum() == 0) {
                continue;
            }
            PlotEdges.Edge nearest = null;
            double best = Double.POSITIVE_INFINITY;
            for (PlotEdges.Edge edge : e.getValue()) {
                double d = DistanceOp.distance(p.footprint(), edge.segment().toGeometry(gf));
                if (d < best) {
                    best = d;
                    nearest = edge;
                }
            }
            BigDecimal measured = round(best);
            Strictest.Limit l = limit.get();
            if (measured.compareTo(l.value()) >= 0) {
                continue;
            }
            LineString edgeLine = nearest.segment().toGeometry(gf);
            Coordinate[] pair = DistanceOp.nearestPoints(p.footprint(), edgeLine);
            Geometry line = pair[0].equals2D(pair[1]) ? gf.createPoint(pair[0]) : gf.createLineString(pair);
            List<Drawing> drawings = new ArrayList<>();
            drawings.add(new Drawing(Drawing.Role.OFFENDING_EDGE, edgeLine));
            if (setbackLine == null) {
                setbackLine = setbackLine(plot.polygon(), edges, limits, gf);
            }
            if (!setbackLine.isEmpty()) {
                drawings.add(new Drawing(Drawing.Role.SETBACK_LINE, setbackLine));
            }
            ZoningAspect aspect = e.getKey().aspect;
            String uniformAr = e.getKey() == EdgeKind.UNIFORM ? " (واجهات الشوارع غير معروفة: يطبق أكبر الارتدادات على كل الحدود)" : "";
            String uniformEn = e.getKey() == EdgeKind.UNIFORM ? " (street edges not known: the largest setback applies on every edge)" : "";
            findings.add(finding(l.from(), aspect, RuleOutcome.REJECT, measured, l.value(), "m", plot.ref(), line, drawings,
                    fmt("يبعد المبنى %s م عن حد القطعة، و%s للمنطقة %s لا يقل عن %s م", measured, aspect.ar(), l.from().code(),
                            l.value()) + uniformAr + ".",
                    fmt("The building is %s m from the plot boundary; the %s of zone %s is at least %s m", measured,
                            aspect.en(), l.from().code(), l.value()) + uniformEn + "."));
        }
    }

    /** The boundary of what the setbacks leave of the plot; for drawing only. */
    private static Geometry setbackLine(Polygon plot, List<PlotEdges.Edge> edges,
                                        Map<EdgeKind, Optional<Strictest.Limit>> limits, GeometryFactory gf) {
        List<Geometry> strips = new ArrayList<>();
        for (PlotEdges.Edge edge : edges) {
            double s = limits.get(edge.kind()).map(l -> l.value().doubleValue()).orElse(0.0);
            if (s > 0) {
                strips.add(edge.segment().toGeometry(gf).buffer(s, 16));
            }
        }
        if (strips.isEmpty()) {
            return plot.getBoundary();
        }
        return plot.difference(UnaryUnionOp.union(strips)).getBoundary();
    }

    private static void ratio(List<ZoningFinding> findings, Optional<Strictest.Limit> limit, ZoningAspect aspect,
                              BigDecimal measured, String unit, MetricPlot plot, Geometry footprint, String ar, String en) {
        limit.ifPresent(l -> {
            BigDecimal max = l.value().setScale(SCALE, RoundingMode.HALF_UP);
            if (measured.compareTo(max) > 0) {
                String shown = aspect == ZoningAspect.FLOORS ? measured.toPlainString() : measured.setScale(SCALE).toPlainString();
                String maxShown = aspect == ZoningAspect.FLOORS ? l.value().stripTrailingZeros().toPlainString() : max.toPlainString();
                findings.add(finding(l.from(), aspect, RuleOutcome.REJECT, measured, l.value(), unit, plot.ref(), footprint,
                        List.of(), String.format(Locale.ROOT, ar, shown, maxShown, l.from().code()),
                        String.format(Locale.ROOT, en, shown, maxShown, l.from().code())));
            }
        });
    }

    private static void use(MetricPlot plot, Strictest strictest, BuildingUse use, List<ZoningFinding> findings) {
        strictest.worstFor(use).ifPresent(rule -> {
            ZoneRule.UseStatus status = rule.statusOf(use);
            if (status == ZoneRule.UseStatus.PERMITTED) {
                return;
            }
            boolean conditional = status == ZoneRule.UseStatus.CONDITIONAL;
            findings.add(finding(rule, ZoningAspect.USE, conditional ? RuleOutcome.NEEDS_REVIEW : RuleOutcome.REJECT,
                    null, null, null, plot.ref(), plot.polygon(), List.of(),
                    conditional
                            ? "الاستعمال «" + use.ar() + "» مشروط في المنطقة " + rule.code() + ": يقرر فيه المراجع."
                            : "الاستعمال «" + use.ar() + "» غير مسموح في المنطقة " + rule.code() + ".",
                    conditional
                            ? "The use '" + use.en() + "' is conditional in zone " + rule.code() + ": a reviewer decides."
                            : "The use '" + use.en() + "' is not permitted in zone " + rule.code() + "."));
        });
    }

    private static ZoningFinding finding(ZoneRule rule, ZoningAspect aspect, RuleOutcome outcome, BigDecimal measured,
                                         BigDecimal limit, String unit, ZoningFeature feature, Geometry geometry,
                                         List<Drawing> drawings, String ar, String en) {
        return new ZoningFinding(rule.code() + "." + aspect.name(), aspect, rule.legalReference(), outcome, measured,
                limit, unit, feature, geometry, drawings, ar, en);
    }

    /** {@code part / whole × factor}, two decimals half-up; 0 for an empty whole. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole, int factor) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return part.multiply(BigDecimal.valueOf(factor)).divide(whole, SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static String fmt(String pattern, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof BigDecimal b ? b.toPlainString() : args[i];
        }
        return String.format(Locale.ROOT, pattern, shown);
    }
}

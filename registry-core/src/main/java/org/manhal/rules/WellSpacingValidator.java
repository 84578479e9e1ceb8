package org.manhal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.manhal.rules.internal.MessageTemplate;

/**
 * Checks a proposed well against spacing and protection-zone rules and returns every finding at
 * once. Pure: no database, no I/O; thread-safe and stateless.
 *
 * <p>The caller supplies the candidate features, prefiltered by the database with the radii of
 * {@link RuleSet#searchRadiiM(SpacingRequest)}. Each applicable rule is tested against every
 * candidate of its target kind, except that an {@link FeatureKind#EXISTING_WELL} whose id is the
 * request's {@link SpacingRequest#subjectWellId()} (the well being replaced, deepened or
 * registered) is never a conflict.
 *
 * <p><b>Distances</b> are geodesic on WGS 84 (GeographicLib, see {@link GeodesicDistance}) to the
 * nearest point of the feature. A {@code MIN_DISTANCE} rule is violated when the measured
 * distance, rounded half-up to the centimetre as recorded in the finding, is strictly less than
 * the required distance: a well exactly at the limit passes. Comparing the recorded value rather
 * than the raw double means a shortfall under 5 mm is not a violation; that is far below the
 * accuracy of any well survey (handheld GNSS ≈ 3–5 m), it absorbs floating-point round-off of
 * the order of nanometres for a well placed exactly at the limit, and every verdict can be
 * re-derived from its recorded findings.
 *
 * <p><b>Zones</b>: a {@code NOT_INSIDE} rule is violated when a polygon of the zone covers the
 * well (interior or boundary), read planar in longitude/latitude like PostGIS
 * {@code ST_Covers(geometry, geometry)}.
 *
 * <p>{@link org.manhal.application.ApplicationType#WELL_REGISTRATION} is checked like any other
 * type and its findings are recorded, but the caller never refuses a registration on them.
 */
public final class WellSpacingValidator {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::ruleId)
            .thenComparing(Finding::measuredDistanceM,
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.feature().id());

    /** Checks the request against the rules (ids must be unique) and the candidates. */
    public Verdict check(SpacingRequest request, Collection<SpacingRule> rules,
            Collection<Candidate> candidates) {
        return check(request, RuleSet.of(rules), candidates);
    }

    /** Checks the request against the rule set and the candidates. */
    public Verdict check(SpacingRequest request, RuleSet rules, Collection<Candidate> candidates) {
        Map<FeatureKind, List<Candidate>> byKind = conflictCandidatesByKind(request, candidates);
        Map<Candidate, GeodesicDistance.Nearest> nearestCache = new IdentityHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (SpacingRule rule : rules.applicableTo(request)) {
            for (Candidate candidate : byKind.getOrDefault(rule.targetKind(), List.of())) {
                evaluate(rule, request, candidate, nearestCache).ifPresent(findings::add);
            }
        }
        findings.sort(ORDER);
        return Verdict.of(findings);
    }

    private static Map<FeatureKind, List<Candidate>> conflictCandidatesByKind(
            SpacingRequest request, Collection<Candidate> candidates) {
        Map<FeatureKind, List<Candidate>> byKind = new EnumMap<>(FeatureKind.class);
        for (Candidate candidate : candidates) {
            if (!isSubjectWell(request, candidate)) {
                byKind.computeIfAbsent(candidate.kind(), k -> new ArrayList<>()).add(candidate);
            }
        }
        return byKind;
    }

    private static boolean isSubjectWell(SpacingRequest request, Candidate candidate) {
        return candidate.kind() == FeatureKind.EXISTING_WELL
                && candidate.feature().id().equals(request.subjectWellId());
    }

    private static Optional<Finding> evaluate(SpacingRule rule, SpacingRequest request,
            Candidate candidate, Map<Candidate, GeodesicDistance.Nearest> nearestCache) {
        return switch (rule.operator()) {
            case MIN_DISTANCE -> minDistance(rule, request.location(),
                    nearestCache.computeIfAbsent(candidate,
                            c -> GeodesicDistance.nearest(request.location(), c.geometry())),
                    candidate);
            case NOT_INSIDE -> notInside(rule, request.location(), candidate);
        };
    }

    private static Optional<Finding> minDistance(SpacingRule rule, Point location,
            GeodesicDistance.Nearest nearest, Candidate candidate) {
        BigDecimal measured = BigDecimal.valueOf(nearest.distanceM()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal required = rule.distanceM().setScale(2, RoundingMode.HALF_UP);
        if (measured.compareTo(rule.distanceM()) >= 0) {
            return Optional.empty();
        }
        Geometry drawn = lineToNearest(location, nearest.point());
        return Optional.of(finding(rule, measured, required, candidate.feature(), drawn));
    }

    private static Optional<Finding> notInside(SpacingRule rule, Point location, Candidate zone) {
        for (Object polygon : PolygonExtracter.getPolygons(zone.geometry())) {
            if (((Polygon) polygon).covers(location)) {
                return Optional.of(finding(rule, null, null, zone.feature(), zone.geometry()));
            }
        }
        return Optional.empty();
    }

    /** The segment from the well to the feature's nearest point, or the well if they coincide. */
    private static Geometry lineToNearest(Point location, Coordinate nearest) {
        Coordinate from = location.getCoordinate();
        Geometry drawn = from.equals2D(nearest)
                ? location.getFactory().createPoint(new Coordinate(from.x, from.y))
                : location.getFactory().createLineString(
                        new Coordinate[] {new Coordinate(from.x, from.y), nearest});
        drawn.setSRID(SpacingRequest.WGS84_SRID);
        return drawn;
    }

    private static Finding finding(SpacingRule rule, BigDecimal measured, BigDecimal required,
            FeatureRef feature, Geometry geometry) {
        return new Finding(rule.id(), rule.legalReference(), rule.outcome(), measured, required,
                feature, geometry,
                MessageTemplate.fillAr(rule.messageAr(), measured, required, feature),
                MessageTemplate.fillEn(rule.messageEn(), measured, required, feature));
    }
}

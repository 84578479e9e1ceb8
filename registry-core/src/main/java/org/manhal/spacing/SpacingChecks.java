package org.manhal.spacing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Metrics;
import org.locationtech.jts.geom.Envelope;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.Finding;
import org.manhal.rules.GeodesicDistance;
import org.manhal.rules.SpacingOperator;
import org.manhal.rules.SpacingRequest;
import org.manhal.rules.SpacingRule;
import org.manhal.rules.Verdict;
import org.manhal.rules.WellSpacingValidator;
import org.manhal.spacing.SpacingCheck.TruncatedRule;
import org.manhal.spacing.internal.CandidateQuery;
import org.manhal.spacing.internal.WellDistanceBound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read path of a spacing check: the rules from memory ({@link SpacingRules}), the candidates
 * from PostGIS in one indexed statement ({@link CandidateQuery}), the decision by the pure engine
 * ({@link WellSpacingValidator}: geodesic on WGS 84, to the centimetre, a well exactly at the
 * limit passes). Lock-free and thread-safe; no JPA.
 *
 * <p>Wells are loaded nearest first and only as many as needed ({@link #check}): the verdict is
 * still exact, and each rule lists its nearest {@code maxFindingsPerRule} findings.
 */
@Component
public class SpacingChecks {

    private final SpacingRules rules;
    private final CandidateQuery candidates;
    private final WellSpacingValidator validator = new WellSpacingValidator();
    private final int maxFindingsPerRule;
    private final int firstWellLimit;

    /**
     * @param maxFindingsPerRule findings listed per rule at most, the nearest
     *        ({@code manhal.spacing.max-findings-per-rule}, default 20)
     */
    public SpacingChecks(JdbcClient jdbc, SpacingRules rules,
                         @Value("${manhal.spacing.max-findings-per-rule:20}") int maxFindingsPerRule) {
        if (maxFindingsPerRule < 1) {
            throw new IllegalArgumentException("maxFindingsPerRule must be ≥ 1, was " + maxFindingsPerRule);
        }
        this.rules = rules;
        this.candidates = new CandidateQuery(jdbc);
        this.maxFindingsPerRule = maxFindingsPerRule;
        // the nearest wells in degrees hold the nearest in metres but for the ~15 % that the
        // east–west shrinking of a degree reorders; enough that one statement nearly always does
        this.firstWellLimit = (int) Math.ceil(maxFindingsPerRule * 1.25) + 8;
    }

    /** Checks the request against the rules in force. */
    public SpacingCheck check(SpacingRequest request) {
        return check(request, rules.current());
    }

    /**
     * Checks the request against these rules. Loads the nearest wells, and loads more (four
     * times as many) until, for every well-to-well rule, either every well within its distance
     * has been loaded or the {@code maxFindingsPerRule} nearest findings certainly have.
     */
    SpacingCheck check(SpacingRequest request, RuleSnapshot snapshot) {
        return counted(request, check(request, snapshot, envelopes(request, snapshot), null));
    }

    /**
     * Checks many requests against these rules, each exactly as {@link #check} would: the first
     * fetch of all of them in one statement ({@link CandidateQuery#fetchAll}), then, for the few
     * in a well field too dense for it, the same further fetches as a single check makes.
     *
     * @return the check of {@code requests.get(i)} at index i
     */
    public List<SpacingCheck> checkAll(List<SpacingRequest> requests, RuleSnapshot snapshot) {
        List<Map<FeatureKind, Envelope>> envelopes = requests.stream().map(r -> envelopes(r, snapshot)).toList();
        List<CandidateQuery.Fetched> first = candidates.fetchAll(requests, envelopes, firstWellLimit);
        List<SpacingCheck> checks = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            checks.add(counted(requests.get(i), check(requests.get(i), snapshot, envelopes.get(i), first.get(i))));
        }
        return checks;
    }

    /**
     * Counts the verdict for the operators' metrics ({@code manhal_spacing_verdicts_total} by
     * status and application type). Through Micrometer's global registry, to which Spring Boot
     * binds the service's registries, so that the engine's callers need not pass one in.
     */
    private static SpacingCheck counted(SpacingRequest request, SpacingCheck check) {
        Metrics.counter("manhal.spacing.verdicts", "status", check.verdict().status().name(),
                "applicationType", request.applicationType().name()).increment();
        return check;
    }

    /** The check's loop; {@code first}, when given, is the answer of its first fetch. */
    private SpacingCheck check(SpacingRequest request, RuleSnapshot snapshot, Map<FeatureKind, Envelope> envelopes,
                               CandidateQuery.Fetched first) {
        int wellLimit = firstWellLimit;
        while (true) {
            CandidateQuery.Fetched fetched = first != null && wellLimit == firstWellLimit ? first
                    : candidates.fetch(request, envelopes, wellLimit);
            Verdict all = validator.check(request, snapshot.rules(), fetched.candidates());
            double certainWithinM = fetched.wells() < wellLimit ? Double.POSITIVE_INFINITY
                    : fetched.farthestWellDegrees()
                            * WellDistanceBound.metresPerDegreeAtLeast(envelopes.get(FeatureKind.EXISTING_WELL));
            if (enoughWells(request, snapshot, all, certainWithinM)) {
                return listed(all, snapshot, request, certainWithinM);
            }
            wellLimit *= 4;
        }
    }

    /**
     * For benchmarks: runs only the candidate statement the check issues first (same SQL, same
     * parameters) and reads every column of every row as raw bytes or text, without decoding a
     * geometry or applying a rule: the database's share of a check.
     *
     * @return how many rows it read
     */
    public int rawCandidateRows(SpacingRequest request) {
        return candidates.raw(request, envelopes(request, rules.current()), firstWellLimit);
    }

    /**
     * For benchmarks: runs only the batched candidate statement {@link #checkAll} issues first
     * (same SQL, same parameters) and reads its rows as {@link #rawCandidateRows} does.
     *
     * @return how many rows it read
     */
    public int rawCandidateRowsAll(List<SpacingRequest> requests, RuleSnapshot snapshot) {
        return candidates.rawAll(requests, requests.stream().map(r -> envelopes(r, snapshot)).toList(), firstWellLimit);
    }

    /** For each kind to load, the lon/lat box around the well holding its search radius. */
    static Map<FeatureKind, Envelope> envelopes(SpacingRequest request, RuleSnapshot snapshot) {
        Map<FeatureKind, Envelope> envelopes = new EnumMap<>(FeatureKind.class);
        snapshot.rules().searchRadiiM(request).forEach((kind, radius) ->
                envelopes.put(kind, GeodesicDistance.envelopeAround(request.location(), radius)));
        return envelopes;
    }

    /**
     * Every well nearer than {@code certainWithinM} metres has been loaded. A well rule is then
     * settled if its distance is within that, or if it already has enough findings nearer than
     * that (they are then certainly its nearest).
     */
    private boolean enoughWells(SpacingRequest request, RuleSnapshot snapshot, Verdict all, double certainWithinM) {
        for (SpacingRule rule : wellRules(request, snapshot)) {
            if (rule.distanceM().doubleValue() > certainWithinM
                    && certainFindings(all, rule.id(), certainWithinM) < maxFindingsPerRule) {
                return false;
            }
        }
        return true;
    }

    private static List<SpacingRule> wellRules(SpacingRequest request, RuleSnapshot snapshot) {
        return snapshot.rules().applicableTo(request).stream()
                .filter(r -> r.targetKind() == FeatureKind.EXISTING_WELL && r.operator() == SpacingOperator.MIN_DISTANCE)
                .toList();
    }

    private static long certainFindings(Verdict all, String ruleId, double certainWithinM) {
        // the recorded distance is rounded to the cm: the true one is at most 5 mm more
        return all.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId) && f.measuredDistanceM().doubleValue() + 0.01 < certainWithinM)
                .count();
    }

    /** The verdict with at most {@code maxFindingsPerRule} findings per rule (they come nearest first). */
    private SpacingCheck listed(Verdict all, RuleSnapshot snapshot, SpacingRequest request, double certainWithinM) {
        Map<String, Integer> perRule = new HashMap<>();
        List<Finding> listed = new ArrayList<>();
        for (Finding f : all.findings()) {
            if (perRule.merge(f.ruleId(), 1, Integer::sum) <= maxFindingsPerRule) {
                listed.add(f);
            }
        }
        List<TruncatedRule> truncated = new ArrayList<>();
        for (SpacingRule rule : snapshot.rules().applicableTo(request)) {
            int found = perRule.getOrDefault(rule.id(), 0);
            boolean unsure = rule.targetKind() == FeatureKind.EXISTING_WELL
                    && rule.operator() == SpacingOperator.MIN_DISTANCE
                    && rule.distanceM().doubleValue() > certainWithinM;
            if (found > maxFindingsPerRule || (unsure && found > 0)) {
                truncated.add(new TruncatedRule(rule.id(), Math.min(found, maxFindingsPerRule)));
            }
        }
        return new SpacingCheck(Verdict.of(listed), truncated, snapshot.version());
    }
}

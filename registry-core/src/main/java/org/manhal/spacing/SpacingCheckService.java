package org.manhal.spacing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.admin.AdminAreas;
import org.manhal.application.ApplicationType;
import org.manhal.common.Actor;
import org.manhal.common.Violation;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.GeodesicDistance;
import org.manhal.rules.SpacingRequest;
import org.manhal.spacing.internal.NeighbourhoodLock;
import org.manhal.spacing.internal.WellFindings;
import org.manhal.well.Well;
import org.manhal.well.WellCorrected;
import org.manhal.well.WellDeletedException;
import org.manhal.well.WellDetails;
import org.manhal.well.WellId;
import org.manhal.well.WellNotFoundException;
import org.manhal.well.WellRegistered;
import org.manhal.well.WellRegistry;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.manhal.well.WellValidator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Well spacing and protection zones, wired to the registry: the check the map and the API call,
 * the race-free permit the permit workflow will call, and the findings recorded with inventory
 * registrations.
 *
 * <p>Guarantees: a check is exact to the centimetre (geodesic on WGS 84; a well exactly at the
 * limit passes) and lists every broken rule with its nearest findings, each with a geometry and
 * messages in Arabic and English; two wells that conflict under a well-to-well rule are never
 * both permitted, however many permits run at once ({@link #permitWell}); an inventory
 * registration is never refused or held up by a finding, and its findings are kept with the well.
 */
@Service
public class SpacingCheckService {

    /** The application types that {@link #permitWell} records a new well for. */
    public static final Set<ApplicationType> NEW_WELL_PERMITS =
            EnumSet.of(ApplicationType.WELL_DRILLING, ApplicationType.WELL_REPLACEMENT);

    private final SpacingChecks checks;
    private final SpacingRules rules;
    private final WellRegistry registry;
    private final WellFindings findings;
    private final NeighbourhoodLock lock;
    private final TransactionTemplate permitTx;
    private final TransactionTemplate writeTx;
    private final WellValidator locationValidator;
    private final JdbcClient jdbc;
    private final PermitSlots slots;

    /** How many imported wells one statement checks. */
    private static final int IMPORT_BATCH = 1000;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), SpacingRequest.WGS84_SRID);

    SpacingCheckService(SpacingChecks checks, SpacingRules rules, WellRegistry registry, WellFindings findings,
                        JdbcClient jdbc, PlatformTransactionManager txManager, AdminAreas areas, PermitSlots slots) {
        this.checks = checks;
        this.rules = rules;
        this.registry = registry;
        this.findings = findings;
        this.lock = new NeighbourhoodLock(jdbc);
        this.permitTx = new TransactionTemplate(txManager);
        // the re-check under the lock must see what the previous lock holder committed
        this.permitTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.writeTx = new TransactionTemplate(txManager);
        this.locationValidator = new WellValidator(areas::isInOman);
        this.jdbc = jdbc;
        this.slots = slots;
    }

    /** Checks a proposed (or existing) well against the rules in force. Read-only, lock-free. */
    public SpacingCheck check(SpacingRequest request) {
        return checks.check(request);
    }

    /**
     * The problems of a location and subject well for a check, as the well registry reports them
     * (field {@code location}: not lon/lat, latitude and longitude swapped, outside Oman; field
     * {@code wellId}: no such well in the registry).
     */
    public List<Violation> validate(Point location, Long subjectWellId) {
        WellDetails probe = WellDetails.basic(location, WellType.BOREHOLE, WellUse.AGRICULTURAL, WellStatus.PROPOSED,
                null, null, null, null);
        List<Violation> violations = new ArrayList<>(locationValidator.validate(probe).stream()
                .filter(v -> v.field().startsWith("location")).toList());
        if (subjectWellId != null && !wellExists(subjectWellId)) {
            violations.add(Violation.of("wellId", "UNKNOWN_WELL",
                    "لا توجد بئر قائمة في السجل بالمعرّف " + subjectWellId + ".",
                    "There is no current well with id " + subjectWellId + " in the registry."));
        }
        return violations;
    }

    private boolean wellExists(long id) {
        try {
            registry.getCurrent(new WellId(id));
            return true;
        } catch (WellNotFoundException | WellDeletedException e) {
            return false;
        }
    }

    /**
     * Checks the permit and, only if the verdict allows it ({@link org.manhal.rules.Verdict#allowsPermit()}:
     * {@code PASS}, and not resting on sample data: see {@link PermitDecision#outcome()}), registers the well as {@code PERMITTED} and records the check with it, in one
     * transaction holding a lock on the well's neighbourhood ({@link NeighbourhoodLock}), in one of
     * the {@link PermitSlots} (a caller with a transaction of its own takes the slot first).
     *
     * @param request a {@code WELL_DRILLING} or {@code WELL_REPLACEMENT} request
     * @param details the well to record; its location and use must be the request's, its status
     *        is set to {@code PERMITTED}
     */
    public PermitDecision permitWell(SpacingRequest request, WellDetails details, Actor actor) {
        return permitWell(request, details, false, actor);
    }

    /**
     * As {@link #permitWell(SpacingRequest, WellDetails, Actor)}, and with {@code findingsReviewed}
     * a {@code NEEDS_REVIEW} verdict on real data permits the well too (a reviewer has read the
     * findings and answers for them); {@code FAIL} and sample data never do. The check is made
     * under the same lock, so what the reviewer acknowledged is what the verdict says now.
     */
    public PermitDecision permitWell(SpacingRequest request, WellDetails details, boolean findingsReviewed, Actor actor) {
        requireConsistent(request, details);
        return slots.decide(() -> permitTx.execute(status -> {
            RuleSnapshot snapshot = rules.current();
            lock.lock(lockBox(request, snapshot));
            SpacingCheck check = checks.check(request, snapshot);
            boolean allowed = findingsReviewed ? check.verdict().allowsPermitAfterReview() : check.verdict().allowsPermit();
            if (!allowed) {
                return new PermitDecision(check, null);
            }
            Well well = registry.register(permitted(details), actor);
            findings.record(new WellId(well.id()), request.applicationType(), check);
            return new PermitDecision(check, well);
        }));
    }

    /** The box whose cells a permit locks: its well-to-well search envelope, at least its own point. */
    private static Envelope lockBox(SpacingRequest request, RuleSnapshot snapshot) {
        Double radius = snapshot.rules().searchRadiiM(request).get(FeatureKind.EXISTING_WELL);
        return GeodesicDistance.envelopeAround(request.location(), radius == null ? 0 : radius);
    }

    private static void requireConsistent(SpacingRequest request, WellDetails details) {
        if (!NEW_WELL_PERMITS.contains(request.applicationType())) {
            throw new IllegalArgumentException("permitWell records a new well for " + NEW_WELL_PERMITS
                    + ", not " + request.applicationType());
        }
        if (details.location() == null || !details.location().getCoordinate().equals2D(request.location().getCoordinate())
                || details.use() == null || !details.use().name().equals(request.use())
                || !Objects.equals(details.yieldM3PerDay(), request.yieldM3PerDay())) {
            throw new IllegalArgumentException("the well's location, use and yield must be those checked");
        }
    }

    private static WellDetails permitted(WellDetails d) {
        return new WellDetails(d.location(), d.originalLocation(), d.locationAccuracy(), d.locationSource(), d.type(),
                d.use(), WellStatus.PERMITTED, d.depthM(), d.diameterMm(), d.yieldM3PerDay(), d.staticWaterLevelM(),
                d.staticWaterLevelOn(), d.ecUsPerCm(), d.pumpType(), d.powerSource(), d.owner(), d.plotNumber(),
                d.drillingContractor(), d.drilledOn(), d.licences());
    }

    /** Every check recorded with the well, oldest first; the well may be deleted. */
    public List<RecordedFindings> findingsOf(WellId id) {
        registry.get(id);
        return findings.of(id);
    }

    /**
     * Checks a registered well as an inventory registration against the rules in force now, and
     * records the findings with it. Never changes the well.
     */
    public RecordedFindings recheck(WellId id) {
        Well well = registry.getCurrent(id);
        writeTx.executeWithoutResult(s -> findings.record(id, ApplicationType.WELL_REGISTRATION,
                check(registrationOf(id, well.location(), well.use(), well.yieldM3PerDay()))));
        List<RecordedFindings> all = findings.of(id);
        return all.get(all.size() - 1);
    }

    /**
     * Records the findings of a corrected well whose place, use or yield changed: the check of an
     * inventory registration there and then, as for a newly registered well (the findings of its
     * old place stay in the record, older). Runs after the correction committed.
     */
    public void recordCorrection(WellCorrected event) {
        if (event.spacingInputsChanged()) {
            writeTx.executeWithoutResult(s -> findings.record(event.id(), ApplicationType.WELL_REGISTRATION,
                    check(registrationOf(event.id(), event.location(), event.use(), event.yieldM3PerDay()))));
        }
    }

    /**
     * Records the findings of every well an import registered, in one pass over the set: the
     * wells in batches of {@value #IMPORT_BATCH}, each batch's candidates in one statement and its
     * findings in one batch insert ({@link SpacingChecks#checkAll}), every well checked exactly as
     * a single registration is, against the same rule snapshot. Runs after the import committed.
     *
     * @return how many wells got findings
     */
    public long recordImport(UUID importJobId) {
        RuleSnapshot snapshot = rules.current();
        long done = 0;
        long after = 0;
        while (true) {
            List<SpacingRequest> batch = importedWells(importJobId, after);
            if (batch.isEmpty()) {
                return done;
            }
            List<WellId> ids = batch.stream().map(r -> new WellId(Long.parseLong(r.subjectWellId()))).toList();
            List<SpacingCheck> checked = checks.checkAll(batch, snapshot);
            writeTx.executeWithoutResult(s -> findings.recordAll(ids, ApplicationType.WELL_REGISTRATION, checked));
            done += batch.size();
            after = ids.get(ids.size() - 1).value();
        }
    }

    private List<SpacingRequest> importedWells(UUID importJobId, long afterId) {
        return jdbc.sql("""
                select id, ST_X(geom) as x, ST_Y(geom) as y, use, yield_m3_per_day from well
                 where import_job_id = ? and id > ? and deleted_at is null order by id limit ?""")
                .params(importJobId, afterId, IMPORT_BATCH)
                .query((rs, n) -> registrationOf(new WellId(rs.getLong("id")),
                        WGS84.createPoint(new Coordinate(rs.getDouble("x"), rs.getDouble("y"))),
                        WellUse.valueOf(rs.getString("use")), (Double) rs.getObject("yield_m3_per_day")))
                .list();
    }

    /**
     * Records the findings of a newly registered well, unless a permit recorded them already.
     * Runs after the registration committed, in its own transaction.
     */
    public void recordRegistration(WellRegistered event) {
        writeTx.executeWithoutResult(s -> {
            if (!findings.hasAny(event.id())) {
                findings.record(event.id(), ApplicationType.WELL_REGISTRATION,
                        check(registrationOf(event.id(), event.location(), event.use(), event.yieldM3PerDay())));
            }
        });
    }

    private static SpacingRequest registrationOf(WellId id, Point location, WellUse use, Double yield) {
        return new SpacingRequest(location, ApplicationType.WELL_REGISTRATION, use.name(), yield, id.toString());
    }
}

package org.manhal.permit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.manhal.admin.AdminAreas;
import org.manhal.admin.AreaRef;
import org.manhal.application.ApplicationType;
import org.manhal.audit.RequestId;
import org.manhal.common.Actor;
import org.manhal.common.InvalidInputException;
import org.manhal.common.OutsideScopeException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.manhal.permit.internal.AccessCodes;
import org.manhal.permit.internal.ApplicationRows;
import org.manhal.plot.PlotNotFoundException;
import org.manhal.rules.SpacingRequest;
import org.manhal.rules.VerdictStatus;
import org.manhal.spacing.PermitDecision;
import org.manhal.spacing.PermitSlots;
import org.manhal.spacing.SpacingCheck;
import org.manhal.spacing.SpacingCheckService;
import org.manhal.well.Owner;
import org.manhal.well.Well;
import org.manhal.well.WellDetails;
import org.manhal.well.WellId;
import org.manhal.well.WellRegistry;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.zoning.ZoningChecks;
import org.manhal.zoning.ZoningVerdict;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one write door of applications: submission, every step of the workflow ({@link Transition})
 * and the decisions, and the reads of staff and of citizens.
 *
 * <p>Guarantees: a submission under an idempotency key already used with the same request answers
 * that application again and writes nothing, and under one used with another request is refused
 * ({@link IdempotencyKeyReusedException}), also when both arrive at once; no step the
 * {@link Transition} table does not allow is taken ({@link IllegalTransitionException}); a step
 * based on an old version fails ({@link StaleApplicationException}); every step is on the timeline
 * with who, when and why; an approval re-runs the spacing check at decision time and keeps it with
 * the decision, and approving a drilling or replacement permit registers the well as
 * {@code PERMITTED} through {@link WellRegistry} under the spacing module's neighbourhood lock, in
 * the same transaction as the approval, so two conflicting wells are never both approved; a
 * building permit is checked against its plot and the zoning at submission (the verdict is kept
 * with it) and again at decision time, and granted on a {@code PASS} on real data only; every
 * approval issues its permit ({@link Permits}) in the same transaction, and a revocation marks it.
 */
@Service
public class Applications {

    /** References count per type, governorate and calendar year in Oman's time zone. */
    private static final ZoneId OMAN = ZoneId.of("Asia/Muscat");
    /** The two-int advisory lock space of submissions by idempotency key ("APPL"). */
    private static final int KEY_LOCK_SPACE = 0x4150504c;
    /** The steps a consultancy office takes on its own filings. */
    private static final Set<Transition> OFFICE_STEPS = EnumSet.of(Transition.RESUBMIT, Transition.WITHDRAW);
    private static final Map<ApplicationType, String> TYPE_CODES = Map.of(
            ApplicationType.WELL_DRILLING, "WD", ApplicationType.WELL_DEEPENING, "DP",
            ApplicationType.WELL_REPLACEMENT, "RP", ApplicationType.WELL_REGISTRATION, "WR",
            ApplicationType.BUILDING_PERMIT, "BP");

    private final ApplicationRows rows;
    private final AdminAreas areas;
    private final WellRegistry wells;
    private final SpacingCheckService spacing;
    private final PermitSlots slots;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ZoningChecks zoning;
    private final Permits permits;
    private final TransactionTemplate tx;
    private final int hashIterations;
    private volatile AccessCodes codes;

    /**
     * @param hashIterations PBKDF2 iterations of an access-code hash
     *        ({@code manhal.applications.access-code-iterations}, default 100,000)
     */
    Applications(ApplicationRows rows, AdminAreas areas, WellRegistry wells, SpacingCheckService spacing, PermitSlots slots,
                 ZoningChecks zoning, Permits permits, JdbcClient jdbc, ApplicationEventPublisher events,
                 PlatformTransactionManager txManager, @Value("${manhal.applications.access-code-iterations:100000}") int hashIterations) {
        this.rows = rows;
        this.areas = areas;
        this.wells = wells;
        this.spacing = spacing;
        this.slots = slots;
        this.jdbc = jdbc;
        this.events = events;
        this.zoning = zoning;
        this.permits = permits;
        this.tx = new TransactionTemplate(txManager);
        // the spacing re-check under the neighbourhood lock must see what the previous holder committed
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.hashIterations = hashIterations;
    }

    // -- submission ------------------------------------------------------------------------------

    /**
     * Files an application, or answers the one filed before under the same idempotency key and request.
     *
     * <p>The reference is taken in a short transaction of its own and the access code is hashed
     * outside any transaction, before the application is written: the counter of a type,
     * governorate and year is one row that every submission there updates, and its lock would
     * otherwise be held through the deliberately slow hashing (PBKDF2), queueing every other
     * submission, each holding a pooled connection, behind it (the load test's stalls). The
     * price: a submission that fails after taking its reference, or loses a race on its
     * idempotency key, leaves that number unused, as a sequence would; references stay unique
     * and increasing.
     */
    public Submitted submit(Submission s, Actor actor) {
        ResolvedSubmission resolved = s.type() == ApplicationType.BUILDING_PERMIT ? resolveBuilding(s) : resolve(s);
        Submitted replayed = tx.execute(status -> replayOf(s, actor));
        if (replayed != null) {
            return replayed;
        }
        Instant now = now();
        String reference = tx.execute(status -> rows.nextReference(TYPE_CODES.get(s.type()),
                resolved.governorate().code().substring(3), now.atZone(OMAN).getYear()));
        String code = codes().codeFor(reference);
        String codeHash = codes().hash(code);
        return tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(KEY_LOCK_SPACE, s.idempotencyKey())
                    .query((rs, n) -> 1).list();
            Submitted earlier = replayOf(s, actor); // the same request, filed meanwhile by a concurrent call
            return earlier != null ? earlier : fresh(s, resolved, actor, new NewReference(reference, code, codeHash, now));
        });
    }

    /** The answer given before to this idempotency key and request, or null if it is new. */
    private Submitted replayOf(Submission s, Actor actor) {
        var earlier = rows.byIdempotencyKey(s.idempotencyKey());
        if (earlier.isEmpty()) {
            return null;
        }
        // another office's key is another request: its application is not this caller's to see
        if (!earlier.get().fingerprint().equals(s.fingerprint())
                || !Objects.equals(earlier.get().filingOffice(), actor.office())) {
            throw new IdempotencyKeyReusedException(earlier.get().reference());
        }
        String reference = earlier.get().reference();
        return new Submitted(require(reference, true), codes().codeFor(reference), true);
    }

    /** A reference taken for a submission, its access code and the code's hash. */
    private record NewReference(String reference, String code, String codeHash, Instant at) {
    }

    private Submitted fresh(Submission s, ResolvedSubmission r, Actor actor, NewReference n) {
        long id = rows.insert(n.reference(), s.type(), r.location(), r.wilayat().id(), r.governorate().id(),
                s.subjectWellId(), r.proposed(), s.applicant(), n.codeHash(), s.idempotencyKey(), s.fingerprint(), n.at(),
                s.building(), r.zoningVerdict() == null ? null : VerdictSnapshot.of(r.zoningVerdict()), actor.office());
        rows.event(id, "SUBMIT", null, ApplicationStatus.SUBMITTED, actor.name(), n.at(), null, RequestId.current());
        events.publishEvent(new ApplicationSubmitted(n.reference(), s.type()));
        return new Submitted(require(n.reference(), true), n.code(), false);
    }

    /** A submission checked, with the location and the proposal completed from the registry where it may be. */
    private record ResolvedSubmission(Geometry location, ProposedWell proposed, AreaRef wilayat, AreaRef governorate,
                                      ZoningVerdict zoningVerdict) {
    }

    /**
     * A building permit: the applicant's rules, then the zoning check of the proposal (an invalid
     * footprint or plot polygon, an unknown plot: 400 with the place of the problem). The verdict
     * is kept with the application, whatever it says: the planner decides, on a fresh check.
     */
    private ResolvedSubmission resolveBuilding(Submission s) {
        List<Violation> violations = new ArrayList<>(SubmissionRules.check(s));
        if (s.building() == null) {
            violations.add(Violation.of("building", "REQUIRED", "تفاصيل البناء (building) مطلوبة لطلب رخصة البناء.",
                    "The building (building) is required for a building permit."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ZoningVerdict verdict = zoningCheck(s.building(), s.location());
        AreaRef wilayat = areas.wilayatOf(s.location().getInteriorPoint());
        return new ResolvedSubmission(s.location(), new ProposedWell(null, null, null, null, null), wilayat,
                areas.byId(wilayat.parentId()).orElseThrow(), verdict);
    }

    /** The zoning check, an unknown plot named as a field of the building. */
    private ZoningVerdict zoningCheck(BuildingProposal building, Geometry footprint) {
        try {
            return zoning.check(building.check(footprint));
        } catch (PlotNotFoundException e) {
            throw new InvalidInputException(new Violation("building.plot", "UNKNOWN_PLOT", e.text()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> new Violation("building." + v.field(), v.code(), v.message())).toList());
        }
    }

    private ResolvedSubmission resolve(Submission s) {
        List<Violation> violations = new ArrayList<>(SubmissionRules.check(s));
        Well subject = subjectWell(s, violations);
        Point location = s.location() instanceof Point p ? p : null;
        ProposedWell proposed = s.proposed() == null ? new ProposedWell(null, null, null, null, null) : s.proposed();
        if (subject != null && s.type() == ApplicationType.WELL_DEEPENING) {
            location = location == null ? subject.location() : location;
            proposed = new ProposedWell(proposed.type() == null ? subject.type() : proposed.type(),
                    proposed.use() == null ? subject.use() : proposed.use(), proposed.depthM(), proposed.diameterMm(),
                    proposed.yieldM3PerDay() == null ? subject.yieldM3PerDay() : proposed.yieldM3PerDay());
            SubmissionRules.checkDeeper(proposed.depthM(), subject.depthM(), violations);
        }
        if (location != null && violations.stream().noneMatch(v -> v.field().equals("location"))) {
            violations.addAll(wellRules(location, proposed, s.applicant()));
        }
        if (proposed.use() == null && violations.stream().noneMatch(v -> v.field().startsWith("proposed.use"))) {
            violations.add(Violation.of("proposed.use", "REQUIRED", "استخدام البئر المقترح مطلوب (تعتمد عليه قواعد التباعد).",
                    "The proposed use of the well is required (the spacing rules depend on it)."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        AreaRef wilayat = areas.wilayatOf(location);
        return new ResolvedSubmission(location, proposed, wilayat, areas.byId(wilayat.parentId()).orElseThrow(), null);
    }

    /** The well registry's own rules on the proposed well (location in Oman, ranges), named as in a submission. */
    private List<Violation> wellRules(Point location, ProposedWell p, Applicant applicant) {
        Owner owner = applicant == null || applicant.name() == null || applicant.civilId() == null ? null
                : new Owner(applicant.name(), applicant.civilId());
        WellDetails probe = WellDetails.basic(location, p.type() == null ? WellType.BOREHOLE : p.type(),
                p.use() == null ? org.manhal.well.WellUse.AGRICULTURAL : p.use(), WellStatus.PROPOSED, p.depthM(),
                p.diameterMm(), p.yieldM3PerDay(), owner);
        return wells.check(probe).stream().map(Applications::inSubmissionTerms).toList();
    }

    /** The registry's field names as a submission names them: the owner is the applicant, the rest is proposed. */
    private static Violation inSubmissionTerms(Violation v) {
        String field = v.field().startsWith("location") ? v.field()
                : v.field().startsWith("owner.") ? "applicant." + v.field().substring(6) : "proposed." + v.field();
        return new Violation(field, v.code(), v.message());
    }

    private Well subjectWell(Submission s, List<Violation> violations) {
        boolean needs = s.type() == ApplicationType.WELL_DEEPENING || s.type() == ApplicationType.WELL_REPLACEMENT;
        if (!needs) {
            if (s.subjectWellId() != null) {
                violations.add(Violation.of("wellId", "NOT_APPLICABLE", "لا يُذكر رقم بئر قائمة في طلب " + s.type().labelAr() + ".",
                        "A " + s.type().labelEn().toLowerCase(java.util.Locale.ROOT) + " application names no existing well."));
            }
            return null;
        }
        if (s.subjectWellId() == null) {
            violations.add(Violation.of("wellId", "REQUIRED", "رقم البئر القائمة (wellId) مطلوب لطلب " + s.type().labelAr() + ".",
                    "The existing well (wellId) is required for a " + s.type().labelEn().toLowerCase(java.util.Locale.ROOT)
                            + " application."));
            return null;
        }
        try {
            return wells.getCurrent(new WellId(s.subjectWellId()));
        } catch (RuntimeException e) {
            violations.add(Violation.of("wellId", "UNKNOWN_WELL", "لا توجد بئر قائمة في السجل بالمعرّف " + s.subjectWellId() + ".",
                    "There is no current well with id " + s.subjectWellId() + " in the registry."));
            return null;
        }
    }

    // -- reads -----------------------------------------------------------------------------------

    /**
     * The application with its applicant, if {@code reader} may see it: staff and planners see
     * every application, a consultancy office those it filed, a contractor none (its permits are
     * the contractors module's); to anyone else it does not exist ({@link ApplicationNotFoundException}).
     */
    public Application get(String reference, Actor reader) {
        return rows.get(reference, scope(reader), true, false).orElseThrow(() -> new ApplicationNotFoundException(reference));
    }

    /** Its timeline, oldest first (with names and notes), if {@code reader} may see the application. */
    public List<TimelineEntry> timeline(String reference, Actor reader) {
        Application a = rows.get(reference, scope(reader), false, false)
                .orElseThrow(() -> new ApplicationNotFoundException(reference));
        return rows.timeline(a.id());
    }

    /** The queue as {@code reader} may see it (an office: its own filings), without applicants. */
    public ApplicationPage find(ApplicationQuery query, Actor reader) {
        return rows.find(query, scope(reader));
    }

    /** Which applications an actor sees: those of the organisation it acts for, or all. */
    private static ApplicationRows.Scope scope(Actor actor) {
        if (actor.organisation() == null) {
            return ApplicationRows.Scope.ALL;
        }
        return actor.office() != null ? ApplicationRows.Scope.office(actor.office()) : ApplicationRows.Scope.NONE;
    }

    /**
     * What the holder of the access code may see. A wrong reference and a wrong code are the same
     * {@link ApplicationNotFoundException}, after the same slow hash.
     */
    public PublicView publicView(String reference, String accessCode) {
        String hash = reference == null ? null : rows.accessHash(reference).orElse(null);
        if (!codes().matches(accessCode, hash)) {
            throw new ApplicationNotFoundException(reference);
        }
        Application a = require(reference, false);
        List<PublicView.Step> steps = rows.timeline(a.id()).stream()
                .map(e -> new PublicView.Step(e.toStatus(), e.at())).toList();
        return new PublicView(a.reference(), a.type(), a.status(), a.location(), steps);
    }

    // -- workflow --------------------------------------------------------------------------------

    /**
     * Takes a step that needs no rule check: {@link Transition#START_REVIEW},
     * {@link Transition#REQUEST_INFORMATION}, {@link Transition#RESUBMIT}, {@link Transition#WITHDRAW},
     * {@link Transition#REJECT} (which is a decision: its reasons are kept with it) or
     * {@link Transition#REVOKE} (the ministry withdraws an approved permit: its permit is marked
     * revoked with who and why, and verifies as {@link PermitStatus#REVOKED} from then on).
     *
     * @param expectedVersion the version the caller read (If-Match), or null not to check
     */
    public Application take(String reference, Transition step, String reason, Long expectedVersion, Actor actor) {
        if (step == Transition.APPROVE) {
            return approve(reference, reason, false, expectedVersion, actor);
        }
        SubmissionRules.checkReason(step, reason);
        return tx.execute(status -> {
            Application a = lockedFor(reference, step, expectedVersion, actor);
            Instant now = now();
            move(a, step, reason, actor, now);
            if (step == Transition.REJECT) {
                rows.decide(a.id(), ApplicationStatus.REJECTED, reason, false, VerdictSnapshot.none(), null, actor.name(), now);
            }
            if (step == Transition.REVOKE) {
                var permit = permits.revoke(a, reason, actor.name(), now);
                withdrawUndrilledWell(a, reason, actor);
                events.publishEvent(new PermitRevoked(a.reference(), a.type(), permit));
            } else {
                events.publishEvent(event(a, step));
            }
            return require(reference, true);
        });
    }

    /**
     * Approves an application after checking it again: for a drilling or replacement permit the
     * spacing check runs under the neighbourhood lock and the well is registered as
     * {@code PERMITTED} in the same transaction ({@link SpacingCheckService#permitWell}); for a
     * deepening the check runs with the deepened well as its subject; a registration registers the
     * existing well (never refused on findings, which are kept with it). The check made is kept
     * with the decision. When the check does not allow it, {@link ApprovalRefusedException} and
     * nothing is written.
     *
     * <p>A drilling or replacement permit whose verdict at decision time is {@code NEEDS_REVIEW} on
     * real data is approved only with {@code findingsReviewed} (the reviewer acknowledges the
     * findings, with a reason of at least {@link #MIN_REVIEWED_REASON} characters),
     * else {@link ReviewAcknowledgementRequiredException}; the acknowledgement is kept with the
     * decision and on the timeline ({@link Decision#findingsReviewed()}). {@code FAIL} and sample data
     * are refused whatever the reviewer says.
     */
    public Application approve(String reference, String reasons, boolean findingsReviewed, Long expectedVersion,
                               Actor actor) {
        return approve(reference, reasons, List.of(), findingsReviewed, expectedVersion, actor);
    }

    /**
     * Approves as {@link #approve(String, String, boolean, Long, Actor)} does and issues the
     * permit ({@link Permits}) in the same transaction, with the decision's {@code conditions}
     * (each in Arabic and English; {@link Permits#checkConditions}).
     */
    public Application approve(String reference, String reasons, List<Text> conditions, boolean findingsReviewed,
                               Long expectedVersion, Actor actor) {
        SubmissionRules.checkReason(Transition.APPROVE, reasons);
        List<Text> checkedConditions = Permits.checkConditions(conditions);
        if (findingsReviewed) {
            SubmissionRules.checkReviewedReason(reasons);
        }
        // the slot before the transaction: a decision waiting for its neighbourhood holds no connection
        return slots.decide(() -> tx.execute(status -> {
            Application a = lockedFor(reference, Transition.APPROVE, expectedVersion, actor);
            Approval approval = approval(a, findingsReviewed, actor);
            Instant now = now();
            move(a, Transition.APPROVE, reasons, approval.reviewed(), actor, now);
            rows.decide(a.id(), ApplicationStatus.APPROVED, reasons, approval.reviewed(), approval.snapshot(), approval.wellId(),
                    actor.name(), now);
            permits.issue(a, checkedConditions, now);
            events.publishEvent(new ApplicationApproved(a.reference(), a.type(), approval.wellId()));
            return require(reference, true);
        }));
    }

    /**
     * A revoked drilling or replacement permit takes back the well it put in the registry while
     * that well is still {@code PERMITTED} (not drilled: no completion report): deleted, with the
     * revocation's reason in its history, so it no longer counts in others' spacing checks nor
     * shows on the map. A well already drilled stays as it is; what happens to it is a decision
     * of its own (a correction or deletion by staff).
     */
    private void withdrawUndrilledWell(Application a, String reason, Actor actor) {
        if (a.wellId() == null || !(a.type() == ApplicationType.WELL_DRILLING || a.type() == ApplicationType.WELL_REPLACEMENT)) {
            return;
        }
        WellId id = new WellId(a.wellId());
        Well well = wells.get(id);
        if (!well.isDeleted() && well.status() == WellStatus.PERMITTED) {
            String why = REVOKED_WELL_MARK + reason;
            wells.delete(id, why.length() > WellRegistry.MAX_DELETION_REASON ? why.substring(0, WellRegistry.MAX_DELETION_REASON) : why,
                    null, actor);
        }
    }

    /** The start of the deletion reason of a well taken back with its revoked permit. */
    private static final String REVOKED_WELL_MARK = "[Permit revoked / أُلغي التصريح] ";

    /** The shortest reason an approval over a NEEDS_REVIEW verdict may give: it answers for the findings. */
    public static final int MIN_REVIEWED_REASON = 20;

    /**
     * What an approval did: the check it rests on (JSON), the well it produced or concerns, and
     * whether it rests on a reviewer's acknowledgement of a NEEDS_REVIEW verdict.
     */
    private record Approval(String snapshot, Long wellId, boolean reviewed) {

        Approval(SpacingCheck check, Long wellId) {
            this(VerdictSnapshot.of(check), wellId, false);
        }
    }

    private Approval approval(Application a, boolean findingsReviewed, Actor actor) {
        if (a.type() == ApplicationType.BUILDING_PERMIT) {
            // a building permit is granted on a PASS on real data only, as a well permit is
            ZoningVerdict verdict = zoningCheck(a.building(), a.location());
            if (!verdict.allowsPermit()) {
                throw new ApprovalRefusedException(a.reference(), verdict);
            }
            return new Approval(VerdictSnapshot.of(verdict), null, false);
        }
        Point location = (Point) a.location();
        ProposedWell p = a.proposed();
        String subject = a.subjectWellId() == null ? null : a.subjectWellId().toString();
        SpacingRequest request = new SpacingRequest(location, a.type(), p.use().name(), p.yieldM3PerDay(), subject);
        switch (a.type()) {
            case WELL_DRILLING, WELL_REPLACEMENT -> {
                PermitDecision d = spacing.permitWell(request, wellOf(a, WellStatus.PROPOSED), findingsReviewed, actor);
                if (!d.permitted()) {
                    if (d.check().verdict().status() == VerdictStatus.NEEDS_REVIEW && !d.check().verdict().basedOnSample()) {
                        throw new ReviewAcknowledgementRequiredException(a.reference(), d.check());
                    }
                    throw new ApprovalRefusedException(a.reference(), d.check());
                }
                boolean reviewed = d.check().verdict().status() == VerdictStatus.NEEDS_REVIEW;
                return new Approval(VerdictSnapshot.of(d.check()), d.well().id(), reviewed);
            }
            case WELL_DEEPENING -> {
                SpacingCheck check = spacing.check(request);
                if (check.verdict().statusOnRealFeatures() == VerdictStatus.FAIL) {
                    throw new ApprovalRefusedException(a.reference(), check);
                }
                return new Approval(check, a.subjectWellId());
            }
            case WELL_REGISTRATION -> {
                SpacingCheck check = spacing.check(request);
                Well well = wells.register(wellOf(a, WellStatus.ACTIVE), actor);
                return new Approval(check, well.id());
            }
            default -> throw new NotYetSupportedException(a.type());
        }
    }

    private static WellDetails wellOf(Application a, WellStatus status) {
        ProposedWell p = a.proposed();
        Owner owner = a.applicant() == null ? null : new Owner(a.applicant().name(), a.applicant().civilId());
        return WellDetails.basic((Point) a.location(), p.type() == null ? WellType.BOREHOLE : p.type(), p.use(), status,
                p.depthM(), p.diameterMm(), p.yieldM3PerDay(), owner);
    }

    /**
     * The approved application with this reference, its row locked until the current transaction
     * ends: the contractors' steps (naming a contractor, reporting the completed well) run on it
     * one at a time. Must run inside a transaction.
     *
     * @throws NotApprovedException when it is not (or not yet) approved
     */
    public Application lockApproved(String reference) {
        Application a = rows.get(reference, true, true).orElseThrow(() -> new ApplicationNotFoundException(reference));
        if (a.status() != ApplicationStatus.APPROVED) {
            throw new NotApprovedException(reference, a.status());
        }
        return a;
    }

    /**
     * Records a step of an approved permit that keeps its status (a contractor named, a completion
     * reported) on the timeline, bumping the version; in the caller's transaction, after
     * {@link #lockApproved}.
     */
    public void recordPermitStep(Application locked, PermitStep step, String note, Actor actor) {
        Instant now = now();
        rows.touch(locked.id(), now);
        rows.event(locked.id(), step.name(), locked.status(), locked.status(), actor.name(), now, note, RequestId.current());
    }

    /**
     * The application, locked, if {@code actor} may see it and take {@code step} on it: a
     * consultancy office only answers for its own filings (resubmits or withdraws them); reviewing
     * and deciding are the ministry's.
     */
    private Application lockedFor(String reference, Transition step, Long expectedVersion, Actor actor) {
        Application a = rows.get(reference, scope(actor), true, true)
                .orElseThrow(() -> new ApplicationNotFoundException(reference));
        if (actor.organisation() != null && !OFFICE_STEPS.contains(step)) {
            throw new OutsideScopeException(new Text(
                    "مكتب الاستشارات يعيد تقديم طلباته أو يسحبها فقط؛ المراجعة والقرار للوزارة.",
                    "A consultancy office only resubmits or withdraws its own applications; reviewing and deciding are the ministry's."));
        }
        if (expectedVersion != null && expectedVersion != a.version()) {
            throw new StaleApplicationException(reference, expectedVersion, a.version());
        }
        if (!step.allowedFrom(a.status())) {
            throw new IllegalTransitionException(reference, a.status(), step);
        }
        return a;
    }

    private void move(Application a, Transition step, String reason, Actor actor, Instant now) {
        move(a, step, reason, false, actor, now);
    }

    private void move(Application a, Transition step, String reason, boolean findingsReviewed, Actor actor, Instant now) {
        if (!rows.moveTo(a.id(), step.to(), a.version(), now)) {
            throw new StaleApplicationException(a.reference(), a.version(), a.version() + 1);
        }
        rows.event(a.id(), step.name(), a.status(), step.to(), actor.name(), now, reason, findingsReviewed, RequestId.current());
    }

    private static ApplicationStepTaken event(Application a, Transition step) {
        return switch (step) {
            case START_REVIEW -> new ApplicationReviewStarted(a.reference(), a.type());
            case REQUEST_INFORMATION -> new InformationRequested(a.reference(), a.type());
            case RESUBMIT -> new ApplicationResubmitted(a.reference(), a.type());
            case WITHDRAW -> new ApplicationWithdrawn(a.reference(), a.type());
            case REJECT -> new ApplicationRejected(a.reference(), a.type());
            case APPROVE -> throw new IllegalArgumentException("approvals publish ApplicationApproved");
            case REVOKE -> throw new IllegalArgumentException("revocations publish PermitRevoked with the permit's number");
        };
    }

    private Application require(String reference, boolean withApplicant) {
        return rows.get(reference, withApplicant).orElseThrow(() -> new ApplicationNotFoundException(reference));
    }

    private AccessCodes codes() {
        AccessCodes c = codes;
        if (c == null) {
            // the key is made on first use, not at start, so that a fresh database needs no step of its own
            c = new AccessCodes(rows.secret(), hashIterations);
            codes = c;
        }
        return c;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

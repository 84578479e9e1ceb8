package org.manhal.contractor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.manhal.application.ApplicationType;
import org.manhal.common.Actor;
import org.manhal.common.InvalidInputException;
import org.manhal.common.NotFoundException;
import org.manhal.common.OutsideScopeException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.manhal.contractor.internal.ContractorRows;
import org.manhal.permit.Application;
import org.manhal.permit.ApplicationNotFoundException;
import org.manhal.permit.Applications;
import org.manhal.permit.PermitStep;
import org.manhal.permit.VerdictSnapshot;
import org.manhal.rules.GeodesicDistance;
import org.manhal.rules.SpacingRequest;
import org.manhal.spacing.SpacingCheckService;
import org.manhal.well.Well;
import org.manhal.well.WellDetails;
import org.manhal.well.WellId;
import org.manhal.well.WellRegistry;
import org.manhal.well.WellStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write door of contractors and completion reports.
 *
 * <p>Guarantees: only an active contractor with a licence valid today is named on a permit, and
 * only on an approved drilling, replacement or deepening permit; only the contractor named files
 * the completion report, once; the report moves the well from {@code PERMITTED} to {@code ACTIVE}
 * (a deepening: from its status to {@code DEEPENED}) through {@link WellRegistry}, so it lands in
 * the well's history; a surveyed location farther than the tolerance from the permitted one is a
 * finding kept with the report, with the spacing verdict at the surveyed location. A drilling
 * contractor's account sees its own contractor record and the permits it is named on, and reports
 * on those only; every other permit and contractor does not exist for it (not found, so that
 * references cannot be probed). Staff see all.
 */
@Service
public class Contractors {

    private static final ZoneId OMAN = ZoneId.of("Asia/Muscat");
    private static final Set<ApplicationType> DRILLED = EnumSet.of(ApplicationType.WELL_DRILLING,
            ApplicationType.WELL_REPLACEMENT, ApplicationType.WELL_DEEPENING);

    private final ContractorRows rows;
    private final Applications applications;
    private final WellRegistry wells;
    private final SpacingCheckService spacing;
    private final ApplicationEventPublisher events;
    private final BigDecimal toleranceM;

    /**
     * @param toleranceM how far (metres, geodesic) the drilled well may stand from the permitted
     *        location without a finding ({@code manhal.contractors.location-tolerance-m}, default 30)
     */
    Contractors(ContractorRows rows, Applications applications, WellRegistry wells, SpacingCheckService spacing,
                ApplicationEventPublisher events, @Value("${manhal.contractors.location-tolerance-m:30}") double toleranceM) {
        this.rows = rows;
        this.applications = applications;
        this.wells = wells;
        this.spacing = spacing;
        this.events = events;
        this.toleranceM = BigDecimal.valueOf(toleranceM).setScale(2, RoundingMode.HALF_UP);
    }

    /** Registers a contractor. */
    @Transactional
    public Contractor register(Contractor c) {
        List<Violation> v = ContractorRules.check(c);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (!rows.insert(c, Instant.now())) {
            throw new InvalidInputException(Violation.of("licenceNumber", "LICENCE_NUMBER_TAKEN",
                    "رقم الترخيص " + c.licenceNumber() + " مسجل لمقاول آخر.",
                    "Licence number " + c.licenceNumber() + " is already registered to a contractor."));
        }
        return c;
    }

    /** The contractor, if {@code reader} may see it (a contractor's account: itself only). */
    @Transactional(readOnly = true)
    public Contractor get(String licenceNumber, Actor reader) {
        return rows.byLicence(licenceNumber).filter(c -> seesContractor(c, reader)).orElseThrow(() -> new NotFoundException(new Text(
                "لا يوجد مقاول مسجل برقم الترخيص هذا.", "There is no contractor with this licence number.")));
    }

    /** The contractors {@code reader} may see (a contractor's account: itself only), by licence number. */
    @Transactional(readOnly = true)
    public List<Contractor> all(Actor reader) {
        if (reader.organisation() == null) {
            return rows.all();
        }
        return reader.contractor() == null ? List.of() : rows.byLicence(reader.contractor()).stream().toList();
    }

    private static boolean seesContractor(Contractor c, Actor reader) {
        return reader.organisation() == null || c.licenceNumber().equals(reader.contractor());
    }

    /** Names the contractor on the approved permit (replacing one named before, until completion). */
    @Transactional
    public Application assign(String reference, String licenceNumber, Actor actor) {
        if (actor.organisation() != null) {
            // the ministry names the contractor; neither an office nor a contractor chooses for itself
            throw new OutsideScopeException(new Text("تسمية المقاول على التصريح من عمل الوزارة.",
                    "Naming the contractor on a permit is the ministry's."));
        }
        Application a = applications.lockApproved(reference);
        requireDrilled(a);
        Contractor c = known(licenceNumber, "licenceNumber");
        if (!c.mayBeNamedOn(today())) {
            throw new ContractorRefusedException("CONTRACTOR_NOT_ALLOWED", new Text(
                    "لا يجوز تسمية المقاول " + c.licenceNumber() + " على تصريح: " + (c.status() == ContractorStatus.SUSPENDED
                            ? "موقوف" : "ترخيصه غير سارٍ اليوم (" + c.validFrom() + " – " + c.validUntil() + ")") + ".",
                    "Contractor " + c.licenceNumber() + " cannot be named on a permit: " + (c.status() == ContractorStatus.SUSPENDED
                            ? "suspended" : "the licence is not valid today (" + c.validFrom() + " – " + c.validUntil() + ")") + "."));
        }
        if (rows.report(a.id(), reference).isPresent()) {
            throw alreadyReported(reference);
        }
        rows.assign(a.id(), c.licenceNumber(), actor.name(), Instant.now());
        applications.recordPermitStep(a, PermitStep.ASSIGN_CONTRACTOR, c.licenceNumber() + " " + c.name(), actor);
        return applications.get(reference, actor);
    }

    /** Files the completion report of the named contractor and moves the well to its drilled status. */
    @Transactional
    public CompletionReport reportCompletion(String reference, CompletionDetails d, Actor actor) {
        List<Violation> v = ContractorRules.check(d);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        requireVisible(reference, actor);
        Application a = applications.lockApproved(reference);
        requireDrilled(a);
        String named = rows.assigned(a.id()).orElseThrow(() -> new ContractorRefusedException("NO_CONTRACTOR", new Text(
                "لم يُسمَّ مقاول على التصريح " + reference + ": سمِّ المقاول أولاً.",
                "No contractor is named on permit " + reference + ": name one first.")));
        if (!named.equals(d.licenceNumber())) {
            throw new ContractorRefusedException("NOT_THE_NAMED_CONTRACTOR", new Text(
                    "المقاول " + d.licenceNumber() + " ليس المقاول المسمّى على التصريح " + reference + ".",
                    "Contractor " + d.licenceNumber() + " is not the contractor named on permit " + reference + "."));
        }
        if (rows.report(a.id(), reference).isPresent()) {
            throw alreadyReported(reference);
        }
        Well well = wells.getCurrent(new WellId(a.wellId()));
        WellStatus next = a.type() == ApplicationType.WELL_DEEPENING ? WellStatus.DEEPENED : WellStatus.ACTIVE;
        if (!well.status().canBecome(next)) {
            throw new ContractorRefusedException("NO_WELL_TO_COMPLETE", new Text(
                    "البئر " + well.registryNumber() + " في حالة «" + well.status().ar() + "» ولا يمكن أن تصبح «" + next.ar() + "».",
                    "Well " + well.registryNumber() + " is " + well.status() + " and cannot become " + next + "."));
        }
        BigDecimal moved = BigDecimal.valueOf(GeodesicDistance.between(a.location().getCoordinate(),
                d.location().getCoordinate())).setScale(2, RoundingMode.HALF_UP);
        boolean beyond = moved.compareTo(toleranceM) > 0;
        String verdict = beyond ? VerdictSnapshot.of(spacing.check(new SpacingRequest(d.location(), a.type(),
                well.use().name(), d.yieldM3PerDay() != null ? d.yieldM3PerDay() : well.yieldM3PerDay(),
                Long.toString(well.id())))) : null;
        Contractor c = known(d.licenceNumber(), "licenceNumber");
        wells.correct(new WellId(well.id()), drilled(well.details(), d, next, c), null, actor);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        rows.insertReport(a.id(), well.id(), d, moved, toleranceM, beyond, verdict, actor.name(), now);
        applications.recordPermitStep(a, PermitStep.REPORT_COMPLETION, beyond
                ? "surveyed " + moved + " m from the permitted location (tolerance " + toleranceM + " m)" : null, actor);
        events.publishEvent(new CompletionReported(reference, a.type(), well.id(), next, beyond));
        return rows.report(a.id(), reference).orElseThrow();
    }

    /** The completion report of the permit, if {@code reader} may see the permit. */
    @Transactional(readOnly = true)
    public CompletionReport report(String reference, Actor reader) {
        requireVisible(reference, reader);
        return rows.report(applications.get(reference, Actor.SYSTEM).id(), reference).orElseThrow(() -> new NotFoundException(new Text(
                "لم يُبلَّغ عن إنجاز البئر للتصريح " + reference + " بعد.",
                "No completion has been reported for permit " + reference + " yet.")));
    }

    private static WellDetails drilled(WellDetails w, CompletionDetails d, WellStatus status, Contractor c) {
        return new WellDetails(d.location(), null, w.locationAccuracy(), w.locationSource(), w.type(), w.use(), status,
                d.depthM(), d.diameterMm() != null ? d.diameterMm() : w.diameterMm(),
                d.yieldM3PerDay() != null ? d.yieldM3PerDay() : w.yieldM3PerDay(),
                d.staticWaterLevelM() != null ? d.staticWaterLevelM() : w.staticWaterLevelM(),
                d.staticWaterLevelM() != null ? d.drilledOn() : w.staticWaterLevelOn(),
                d.ecUsPerCm() != null ? d.ecUsPerCm() : w.ecUsPerCm(), w.pumpType(), w.powerSource(), w.owner(),
                w.plotNumber(), c.name() + " (" + c.licenceNumber() + ")", d.drilledOn(), w.licences());
    }

    private Contractor known(String licenceNumber, String field) {
        return rows.byLicence(licenceNumber).orElseThrow(() -> new InvalidInputException(Violation.of(field,
                "UNKNOWN_CONTRACTOR", "لا يوجد مقاول مسجل برقم الترخيص «" + licenceNumber + "».",
                "There is no registered contractor with licence number '" + licenceNumber + "'.")));
    }

    /**
     * Refuses, as if it did not exist, a permit that {@code actor} may not see: a contractor's
     * account sees the permits it is named on, an office's account none here; staff all.
     */
    private void requireVisible(String reference, Actor actor) {
        if (actor.organisation() == null) {
            return;
        }
        String named = rows.assignedOn(reference).orElse(null);
        if (actor.contractor() == null || !actor.contractor().equals(named)) {
            throw new ApplicationNotFoundException(reference);
        }
    }

    private static void requireDrilled(Application a) {
        if (!DRILLED.contains(a.type()) || a.wellId() == null) {
            throw new ContractorRefusedException("NO_WELL_TO_COMPLETE", new Text(
                    "الطلب " + a.reference() + " (" + a.type().labelAr() + ") لا يقتضي حفراً يقوم به مقاول.",
                    "Application " + a.reference() + " (" + a.type().labelEn() + ") involves no drilling by a contractor."));
        }
    }

    private static ContractorRefusedException alreadyReported(String reference) {
        return new ContractorRefusedException("ALREADY_REPORTED", new Text(
                "أُبلغ عن إنجاز البئر للتصريح " + reference + " من قبل.",
                "The completion of permit " + reference + " has already been reported."));
    }

    private static LocalDate today() {
        return LocalDate.now(OMAN);
    }

    /** Input rules that need no database. */
    static final class ContractorRules {

        private ContractorRules() {
        }

        static List<Violation> check(Contractor c) {
            List<Violation> v = new ArrayList<>();
            required(c.licenceNumber(), "licenceNumber", 40, v);
            required(c.name(), "name", 200, v);
            if (c.licenceClass() == null) {
                v.add(Violation.of("licenceClass", "REQUIRED", "فئة الترخيص مطلوبة.", "The licence class is required."));
            }
            if (c.validFrom() == null || c.validUntil() == null) {
                v.add(Violation.of("validUntil", "REQUIRED", "تاريخا سريان الترخيص مطلوبان.",
                        "Both validity dates of the licence are required."));
            } else if (c.validUntil().isBefore(c.validFrom())) {
                v.add(Violation.of("validUntil", "BEFORE_VALID_FROM", "نهاية سريان الترخيص قبل بدايته.",
                        "The licence ends before it starts."));
            }
            return v;
        }

        static List<Violation> check(CompletionDetails d) {
            List<Violation> v = new ArrayList<>();
            required(d.licenceNumber(), "licenceNumber", 40, v);
            if (d.location() == null) {
                v.add(Violation.of("location", "REQUIRED", "الموقع المسّاحي للبئر مطلوب.", "The surveyed location is required."));
            }
            if (d.depthM() == null || !(d.depthM() > 0 && d.depthM() <= 2000)) {
                v.add(Violation.of("depthM", "OUT_OF_RANGE", "العمق المحفور مطلوب، من 0 إلى 2000 م.",
                        "The drilled depth is required, above 0 and up to 2,000 m."));
            }
            if (d.drilledOn() == null || d.drilledOn().isAfter(today())) {
                v.add(Violation.of("drilledOn", "REQUIRED", "تاريخ الإنجاز مطلوب ولا يكون في المستقبل.",
                        "The completion date is required and cannot be in the future."));
            }
            return v;
        }

        private static void required(String s, String field, int max, List<Violation> v) {
            if (s == null || s.isBlank() || s.length() > max) {
                v.add(Violation.of(field, "REQUIRED", "الحقل " + field + " مطلوب (حتى " + max + " حرف).",
                        "The field " + field + " is required (up to " + max + " characters)."));
            }
        }
    }
}

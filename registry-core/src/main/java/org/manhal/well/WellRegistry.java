package org.manhal.well;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.manhal.admin.AdminAreas;
import org.manhal.admin.AreaRef;
import org.manhal.audit.TransactionContext;
import org.manhal.common.Actor;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.well.internal.WellRepository;
import org.manhal.well.internal.WellSearch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national well registry: registers, corrects, deletes and finds wells.
 *
 * <p>Guarantees: nothing is written unless every rule of {@link WellValidator} holds; the wilayat
 * and governorate come from the location (spatial join), never from the caller; every change is
 * recorded with who made it (database triggers); a write based on an old version fails with
 * {@link StaleWellException}; deletion keeps the well and its history (soft delete).
 */
@Service
public class WellRegistry {

    /** Registry numbers count per governorate and calendar year in Oman's time zone. */
    private static final ZoneId OMAN = ZoneId.of("Asia/Muscat");

    private final WellRepository wells;
    private final WellSearch search;
    private final AdminAreas areas;
    private final JdbcClient jdbc;
    private final WellValidator validator;
    private final ApplicationEventPublisher events;

    WellRegistry(WellRepository wells, WellSearch search, AdminAreas areas, JdbcClient jdbc,
                 ApplicationEventPublisher events) {
        this.wells = wells;
        this.search = search;
        this.areas = areas;
        this.jdbc = jdbc;
        this.validator = new WellValidator(areas::isInOman);
        this.events = events;
    }

    /** What the history says of each sample well, so that no one takes it for a real record. */
    public static final String SAMPLE_REASON = "sample data: a synthetic well, not a real record";

    /** Registers a well and assigns its registry number; publishes {@link WellRegistered}. */
    @Transactional
    public Well register(WellDetails details, Actor actor) {
        return register(details, actor, false);
    }

    /**
     * Registers a sample well (the embedded default's synthetic demo data) exactly as
     * {@link #register} does, flagged {@code is_sample} and with {@link #SAMPLE_REASON} in its
     * history: a spacing verdict resting on it says so and grants no permit.
     */
    @Transactional
    public Well registerSample(WellDetails details, Actor actor) {
        return register(details, actor, true);
    }

    private Well register(WellDetails details, Actor actor, boolean sample) {
        validate(check(details), details, null);
        TransactionContext.bind(jdbc, actor, sample ? SAMPLE_REASON : null);
        AreaRef wilayat = areas.wilayatOf(details.location());
        AreaRef governorate = areas.byId(wilayat.parentId()).orElseThrow();
        actor.checkMayWriteIn(governorate.code());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String number = jdbc.sql("select next_registry_number(?, ?)")
                .params(governorate.code(), now.atZone(OMAN).getYear())
                .query(String.class).single();
        Well fresh = new Well(number, details, wilayat.id(), governorate.id(), now);
        if (sample) {
            fresh.markSample();
        }
        Well well = wells.saveAndFlush(fresh);
        events.publishEvent(new WellRegistered(new WellId(well.id()), well.location(), well.use(),
                well.yieldM3PerDay(), well.status()));
        return well;
    }

    /** The well with this id, deleted or not. */
    @Transactional(readOnly = true)
    public Well get(WellId id) {
        return wells.findById(id.value()).orElseThrow(() -> new WellNotFoundException(id));
    }

    /** The well with this id, if it is in the registry (not deleted). */
    @Transactional(readOnly = true)
    public Well getCurrent(WellId id) {
        Well well = get(id);
        if (well.isDeleted()) {
            throw new WellDeletedException(id, well.deletedAt(), well.deletionReason());
        }
        return well;
    }

    /**
     * Replaces the stated details of a well; publishes {@link WellCorrected}, which says whether
     * the place, the use or the yield changed (the spacing findings are then recorded anew).
     *
     * @param expectedVersion the version the caller read (from the ETag), or null to skip the check
     */
    @Transactional
    public Well correct(WellId id, WellDetails details, Long expectedVersion, Actor actor) {
        Well well = current(id, expectedVersion);
        validate(validator.validateChange(well.status(), details), details, well.id());
        TransactionContext.bind(jdbc, actor, null);
        boolean moved = !well.location().equalsExact(details.location());
        boolean useOrYieldChanged = well.use() != details.use()
                || !Objects.equals(well.yieldM3PerDay(), details.yieldM3PerDay());
        AreaRef wilayat = areas.wilayatOf(details.location());
        // a limited account may neither change a well outside its governorates nor move one out of them
        checkMayWriteIn(actor, well.governorateId());
        checkMayWriteIn(actor, wilayat.parentId());
        well.apply(details, wilayat.id(), wilayat.parentId(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        Well saved = flush(well, id, expectedVersion);
        events.publishEvent(new WellCorrected(id, saved.location(), saved.use(), saved.yieldM3PerDay(), saved.status(),
                moved, useOrYieldChanged));
        return saved;
    }

    /** The longest reason a deletion takes. */
    public static final int MAX_DELETION_REASON = 1000;

    /** Deletes a well from the registry, keeping it and its history; the reason is required. */
    @Transactional
    public Well delete(WellId id, String reason, Long expectedVersion, Actor actor) {
        Well well = current(id, expectedVersion);
        if (reason == null || reason.isBlank() || reason.length() > MAX_DELETION_REASON) {
            throw new InvalidInputException(Violation.of("reason", "REASON_REQUIRED",
                    "سبب الحذف مطلوب (حتى " + MAX_DELETION_REASON + " حرف): يبقى في سجل البئر.",
                    "A reason for the deletion is required (up to " + MAX_DELETION_REASON + " characters): it stays in the well's history."));
        }
        checkMayWriteIn(actor, well.governorateId());
        TransactionContext.bind(jdbc, actor, reason);
        well.markDeleted(reason, Instant.now().truncatedTo(ChronoUnit.MICROS));
        return flush(well, id, expectedVersion);
    }

    @Transactional(readOnly = true)
    public WellPage find(WellQuery query) {
        return search.find(query);
    }

    /** Every recorded change of a well, oldest first. */
    @Transactional(readOnly = true)
    public List<WellChange> history(WellId id) {
        get(id);
        return jdbc.sql("""
                select version, action, changed_at, changed_by, reason, request_id, old_values::text as old_values,
                       new_values::text as new_values
                  from well_history where well_id = ? order by id""")
                .param(id.value())
                .query((rs, n) -> new WellChange(rs.getLong("version"), rs.getString("action"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getString("reason"), rs.getString("request_id"),
                        rs.getString("old_values"), rs.getString("new_values")))
                .list();
    }

    private void checkMayWriteIn(Actor actor, Long governorateId) {
        if (!actor.governorates().isEmpty()) {
            actor.checkMayWriteIn(governorateId == null ? "" : areas.byId(governorateId).map(AreaRef::code).orElse(""));
        }
    }

    private Well current(WellId id, Long expectedVersion) {
        Well well = getCurrent(id);
        if (expectedVersion != null && expectedVersion != well.version()) {
            throw new StaleWellException(id, expectedVersion, well.version());
        }
        return well;
    }

    private Well flush(Well well, WellId id, Long expectedVersion) {
        try {
            return wells.saveAndFlush(well);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Somebody committed a change between our read and our write.
            throw new StaleWellException(id, expectedVersion == null ? well.version() : expectedVersion, well.version() + 1);
        }
    }

    /** Every violation of the registry's rules in these details, without writing anything. */
    public List<Violation> check(WellDetails details) {
        return validator.validate(details);
    }

    /**
     * The violations of changing the well {@code id} (now in status {@code current}) to these details,
     * without writing anything: the checks of {@link #check(WellDetails)} and the status change.
     */
    public List<Violation> checkChange(WellId id, WellDetails details) {
        return validator.validateChange(getCurrent(id).status(), details);
    }

    private void validate(List<Violation> found, WellDetails details, Long wellId) {
        List<Violation> violations = new ArrayList<>(found);
        violations.addAll(takenLicenceNumbers(details, wellId));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Licence numbers are unique across the registry. */
    private List<Violation> takenLicenceNumbers(WellDetails details, Long wellId) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < details.licences().size(); i++) {
            String number = details.licences().get(i).number();
            String holder = number == null ? null : jdbc.sql("""
                    select registry_number from well
                     where jsonb_path_query_array(licences, '$[*].number') @> to_jsonb(?::text)
                       and id is distinct from cast(? as bigint) limit 1""")
                    .params(number, wellId).query(String.class).optional().orElse(null);
            if (holder != null) {
                violations.add(Violation.of("licences[" + i + "].number", "LICENCE_NUMBER_TAKEN",
                        "رقم الترخيص " + number + " مسجل للبئر " + holder + ".",
                        "Licence number " + number + " is already recorded for well " + holder + "."));
            }
        }
        return violations;
    }
}

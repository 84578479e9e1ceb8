package org.manhal.spacing.internal;

import org.manhal.spacing.SpacingCheckService;
import org.manhal.well.WellCorrected;
import org.manhal.well.WellRegistered;
import org.manhal.well.WellsImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Inventory versus permits: registering a well that exists records reality and is never refused
 * on spacing rules, but its findings are kept and shown (an existing well 200 m from a falaj
 * mother well is what staff must see). Every way a well enters the registry or changes its place,
 * use or yield gets the same check: a registration, a correction, each well of an import (in one
 * pass for the import). The checks run after the write committed, so that nothing about them can
 * hold up or undo it; a failure is logged, and {@code POST /api/wells/{id}/findings} records the
 * findings again.
 */
@Component
class InventoryFindings {

    private static final Logger log = LoggerFactory.getLogger(InventoryFindings.class);

    private final SpacingCheckService service;

    InventoryFindings(SpacingCheckService service) {
        this.service = service;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WellRegistered event) {
        try {
            service.recordRegistration(event);
        } catch (RuntimeException e) {
            log.warn("could not record the spacing findings of well {}; the registration stands", event.id(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WellCorrected event) {
        try {
            service.recordCorrection(event);
        } catch (RuntimeException e) {
            log.warn("could not record the spacing findings of corrected well {}; the correction stands", event.id(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(WellsImported event) {
        long started = System.nanoTime();
        try {
            long wells = service.recordImport(event.importJobId());
            log.info("import {}: spacing findings recorded for {} wells in {} ms", event.importJobId(), wells,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("could not record the spacing findings of import {}; the import stands", event.importJobId(), e);
        }
    }
}

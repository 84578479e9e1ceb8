package org.manhal.spacing.internal;

import org.manhal.spacing.SpacingCheckService;

import org.manhal.well.WellRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Inventory versus permits: registering a well that exists records reality and is never refused
 * on spacing rules, but its findings are kept and shown (an existing well 200 m from a falaj
 * mother well is what staff must see). The check runs after the registration committed, so
 * that nothing about it can hold up or undo the registration; a failure is logged, and
 * {@code POST /api/wells/{id}/findings} records the findings again.
 */
@Component
public class InventoryFindings {

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
}

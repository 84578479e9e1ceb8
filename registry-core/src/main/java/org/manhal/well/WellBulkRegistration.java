package org.manhal.well;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.manhal.common.Actor;
import org.manhal.well.internal.StagedWellInsert;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The registry's door for many wells at once: registers the rows an import has staged and
 * checked, set-based, by the rules {@link WellRegistry#register} applies to one well (wilayat and
 * governorate from the location, registry numbers from the governorate's counter). History and
 * counts are recorded by the same database triggers as for a single registration, once for the
 * statement; the spacing findings follow from {@link WellsImported}, in one pass for the whole
 * import.
 *
 * <p>The staged rows are the import's temporary tables, its contract with this door:
 * {@code import_row} (one row per line: {@code line}, {@code geom} in EPSG:4326, the typed
 * columns {@code <column>_v}, {@code registry_number}, {@code srid}, {@code original}) and
 * {@code import_error} (the lines refused, which are left out).
 */
@Component
public class WellBulkRegistration {

    private final ApplicationEventPublisher events;

    public WellBulkRegistration(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * Registers every staged row without an error, in the caller's transaction on {@code c}
     * (which must be the connection of a transaction Spring manages, so that
     * {@link WellsImported} reaches its listeners after the commit, and not at all on a rollback).
     *
     * @return how many wells were registered
     */
    public long registerStaged(Connection c, UUID importJobId, Actor actor) throws SQLException {
        StagedWellInsert.NumberBlocks blocks = StagedWellInsert.assign(c);
        long registered = StagedWellInsert.insert(c, blocks, importJobId, actor);
        if (registered > 0) {
            events.publishEvent(new WellsImported(importJobId, registered));
        }
        return registered;
    }
}

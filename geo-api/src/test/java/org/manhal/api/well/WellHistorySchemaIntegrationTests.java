package org.manhal.api.well;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.manhal.support.ManhalApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history triggers record a well through {@code well_json}, which lists the columns one by one
 * for speed: a column added to {@code well} and forgotten there would go unrecorded.
 */
@ManhalApiTest
class WellHistorySchemaIntegrationTests {

    /** Kept out of the row image on purpose: bookkeeping, or the geometry (recorded as location). */
    private static final List<String> NOT_RECORDED = List.of("geom", "created_at", "updated_at", "version");

    @Autowired
    JdbcClient jdbc;

    @Test
    void historyRecordsEveryColumnOfAWell() {
        List<String> columns = jdbc.sql("""
                select column_name from information_schema.columns
                 where table_schema = current_schema() and table_name = 'well' order by column_name""")
                .query(String.class).list();
        List<String> recorded = jdbc.sql("""
                select jsonb_object_keys(well_json(w)) as k from well w where w.id = (select min(id) from well) order by k""")
                .query(String.class).list();

        assertThat(recorded).as("run with at least one well in the registry").isNotEmpty();
        List<String> expected = new ArrayList<>(columns.stream().filter(c -> !NOT_RECORDED.contains(c)).toList());
        expected.add("location");
        assertThat(recorded).containsExactlyInAnyOrderElementsOf(expected);
    }
}

package org.manhal.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Holds the registry counter row a registration at a spot needs (its governorate's serial for
 * this year), so that a registration or an import there waits inside its transaction until the
 * holder's transaction ends: the tests' way to stop a write mid-transaction.
 */
public final class CounterRow {

    private CounterRow() {
    }

    /** Locks the row on {@code blocker} (left in an open transaction: roll it back to let the write go on). */
    public static void hold(JdbcClient jdbc, Connection blocker, double[] spot) throws SQLException {
        String governorate = jdbc.sql("select g.code from admin_area w join admin_area g on g.id = w.parent_id"
                + " where w.id = wilayat_of(ST_SetSRID(ST_MakePoint(?, ?), 4326))").params(spot[0], spot[1])
                .query(String.class).single();
        int year = jdbc.sql("select extract(year from now() at time zone 'Asia/Muscat')::int").query(Integer.class).single();
        jdbc.sql("insert into registry_counter values (?, ?, 0) on conflict do nothing").params(governorate, year).update();
        blocker.setAutoCommit(false);
        try (Statement s = blocker.createStatement()) {
            s.execute("select * from registry_counter where governorate_code = '" + governorate + "' and year = " + year
                    + " for update");
        }
    }
}

package org.manhal.bench;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.manhal.data.load.ReferenceDataLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark database, migrated (Flyway, the service's migrations) and with Oman's boundaries
 * loaded, as the service would have it at start-up.
 */
public final class BenchDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;

    private BenchDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    public static BenchDatabase fromEnvironment() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(require("MANHAL_DB_URL"));
        config.setUsername(System.getenv().getOrDefault("MANHAL_DB_USER", "manhal"));
        config.setPassword(System.getenv().getOrDefault("MANHAL_DB_PASSWORD", ""));
        config.setMaximumPoolSize(4);
        BenchDatabase db = new BenchDatabase(new HikariDataSource(config));
        db.prepare();
        return db;
    }

    private void prepare() {
        // The service's own switches, for a bench database another checkout migrated (docs/benchmarks.md)
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .outOfOrder("true".equals(System.getenv("SPRING_FLYWAY_OUT_OF_ORDER")))
                .validateOnMigrate(!"false".equals(System.getenv("SPRING_FLYWAY_VALIDATE_ON_MIGRATE"))).load().migrate();
        new ReferenceDataLoader(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource))).loadBoundaries();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public String url() {
        return dataSource.getJdbcUrl();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String require(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set; run through bin/manhal bench, or export MANHAL_DB_URL/USER/PASSWORD");
        }
        return v;
    }
}

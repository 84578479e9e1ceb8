package org.manhal.api.ows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database connection of the map servers: the service's database, as the publishing login
 * role ({@code manhal.ows.db-user}, V45: a member of {@code manhal_publisher}, which may read the
 * publication views and nothing else). Its password is the configured one or, by default, one
 * derived from the service's own database password (HMAC-SHA256), so that every service on the
 * same cluster (the running one, the tests) agrees on it without storing another secret; at start
 * the service sets it on the role when its own role may.
 */
@Component
public class OwsDatabase implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OwsDatabase.class);

    private final PostgisConnection connection;
    private final JdbcClient jdbc;

    OwsDatabase(OwsProperties properties, Environment environment, JdbcClient jdbc) {
        this.jdbc = jdbc;
        String url = environment.getProperty("spring.datasource.url", "");
        String ownPassword = environment.getProperty("spring.datasource.password", "");
        String password = properties.dbPassword().isBlank() ? derived(ownPassword, properties.dbUser()) : properties.dbPassword();
        this.connection = PostgisConnection.of(url, properties.dbHost(), properties.dbUser(), password);
    }

    /** Host, port, database, role and password of the publishing role's connection. */
    public PostgisConnection connection() {
        return connection;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean exists = jdbc.sql("select exists (select 1 from pg_roles where rolname = ?)")
                .param(connection.user()).query(Boolean.class).single();
        Boolean mayAlter = jdbc.sql("select rolsuper or rolcreaterole from pg_roles where rolname = current_user")
                .query(Boolean.class).single();
        if (!exists) {
            log.warn("the publishing role {} does not exist: MapServer cannot read the database", connection.user());
        } else if (mayAlter) {
            // format(%I, %L) quotes the name and the password; nothing is spliced into SQL by hand.
            String sql = jdbc.sql("select format('alter role %I with login password %L', ?::text, ?::text)")
                    .param(connection.user()).param(connection.password()).query(String.class).single();
            jdbc.sql(sql).update();
        } else {
            log.info("the service's role may not set {}'s password: it must be set to manhal.ows.db-password", connection.user());
        }
    }

    private static String derived(String secret, String role) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("manhal-ows:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(role.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * A libpq connection.
     *
     * @param host     host name or address
     * @param port     TCP port
     * @param database database name
     * @param user     login role
     * @param password its password
     */
    public record PostgisConnection(String host, int port, String database, String user, String password) {

        /** From a {@code jdbc:postgresql://host:port/db?...} URL; {@code hostOverride} wins when set. */
        static PostgisConnection of(String jdbcUrl, String hostOverride, String user, String password) {
            if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("spring.datasource.url is not a jdbc:postgresql:// URL");
            }
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String host = hostOverride.isBlank() ? uri.getHost() : hostOverride;
            String database = uri.getPath() == null || uri.getPath().length() < 2 ? "postgres" : uri.getPath().substring(1);
            return new PostgisConnection(host, uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password);
        }

        /** The libpq connection string, every value single-quoted as libpq wants. */
        public String libpq() {
            return "host=" + quote(host) + " port=" + port + " dbname=" + quote(database) + " user=" + quote(user)
                    + " password=" + quote(password) + " application_name=manhal-mapserver";
        }

        private static String quote(String value) {
            return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }

        @Override
        public String toString() {
            return "PostgisConnection[" + user + "@" + host + ":" + port + "/" + database + "]";
        }
    }
}

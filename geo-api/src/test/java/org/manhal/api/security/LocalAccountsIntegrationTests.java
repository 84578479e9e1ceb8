package org.manhal.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.api.publishing.Audience;
import org.manhal.support.ApiClient;
import org.manhal.support.ManhalApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * The local accounts' passwords: one without {@code MANHAL_<ACCOUNT>_PASSWORD} is generated at
 * its first start, written once to the file {@code bin/manhal up} prints (mode 600), and stored
 * only as a bcrypt hash; a set variable replaces the stored hash; the account signs in with it.
 */
@ManhalApiTest
class LocalAccountsIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LocalAccounts serviceAccounts;
    @Autowired
    Environment environment;

    /** The map offers the staff-only layers from the session's staffLayers, which follows the publishing audience. */
    @Test
    void theSessionSaysWhoSeesTheStaffLayersAndWhoMayReadPersonalData(ApiClient api) {
        for (Role role : Role.accountRoles()) {
            JsonNode session = api.as(role).get("/api/session").json();
            assertThat(session.path("signedIn").asBoolean()).as(role.name()).isTrue();
            assertThat(session.path("staffLayers").asBoolean()).as(role.name())
                    .isEqualTo(Audience.STAFF_ROLES.contains(role));
            assertThat(session.path("personalData").asBoolean()).as(role.name())
                    .isEqualTo(PersonalDataAccess.MAY_READ.contains(role));
        }
        JsonNode anonymous = api.anonymous().get("/api/session").json();
        assertThat(anonymous.path("signedIn").asBoolean()).isFalse();
        assertThat(anonymous.path("staffLayers").asBoolean(true)).isFalse();
        assertThat(anonymous.path("personalData").asBoolean(true)).isFalse();
    }

    @Test
    void anAccountWithoutAPasswordGetsAGeneratedOneShownOnceAndStoredHashed(ApiClient api, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("generated-passwords");
        MockEnvironment noContractorPassword = new MockEnvironment();
        for (LocalAccounts.Default d : LocalAccounts.Default.values()) {
            if (d != LocalAccounts.Default.CONTRACTOR) {
                noContractorPassword.setProperty(d.variable("PASSWORD"), environment.getRequiredProperty(d.variable("PASSWORD")));
            }
        }
        jdbc.sql("delete from local_account where username = 'contractor'").update();
        try {
            new LocalAccounts(jdbc, encoder, noContractorPassword, settings(file.toString())).afterPropertiesSet();

            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).startsWith("contractor ");
            String password = lines.get(0).substring("contractor ".length());
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String stored = jdbc.sql("select password_hash from local_account where username = 'contractor'").query(String.class).single();
            assertThat(stored).startsWith("{bcrypt}").doesNotContain(password);
            assertThat(encoder.matches(password, stored)).isTrue();
            assertThat(jdbc.sql("select password_from from local_account where username = 'contractor'").query(String.class).single())
                    .isEqualTo("GENERATED");
            // a second start generates nothing: the account exists
            Files.delete(file);
            new LocalAccounts(jdbc, encoder, noContractorPassword, settings(file.toString())).afterPropertiesSet();
            assertThat(file).doesNotExist();
        } finally {
            // the service's own start again: the variable of this test run replaces the hash
            serviceAccounts.afterPropertiesSet();
        }
        assertThat(api.as(Role.CONTRACTOR).get("/api/session").json().path("name").asString()).isEqualTo("contractor");
        assertThat(jdbc.sql("select password_from from local_account where username = 'contractor'").query(String.class).single())
                .isEqualTo("ENVIRONMENT");
    }

    private static SecuritySettings settings(String file) {
        return new SecuritySettings(new SecuritySettings.Oidc("", "", "roles", "", "governorates", "preferred_username",
                "organisation"), new SecuritySettings.SignIn(5, 20, java.time.Duration.ofMinutes(15)),
                new SecuritySettings.PublicLookup(10, java.time.Duration.ofMinutes(15)), 600, 1 << 24,
                List.of(), file);
    }
}

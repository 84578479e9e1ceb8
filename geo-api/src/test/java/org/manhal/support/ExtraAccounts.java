package org.manhal.support;

import java.util.UUID;

import org.manhal.api.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Local accounts beyond the one-per-role defaults, for tests that need two offices or two
 * contractors: written into {@code local_account} as the service keeps them (a bcrypt hash), with
 * a password made per run, and signed in through {@link ApiClient#as(String, String)}.
 */
public final class ExtraAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ApiClient api;

    public ExtraAccounts(JdbcClient jdbc, PasswordEncoder encoder, ApiClient api) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.api = api;
    }

    /** The account {@code username} with {@code role}, acting for {@code organisation} (or none), signed in. */
    public ApiClient account(String username, Role role, String organisation) {
        String password = "test-" + UUID.randomUUID();
        jdbc.sql("""
                insert into local_account (username, role, password_hash, password_from, organisation)
                values (?, ?, ?, 'ENVIRONMENT', ?)
                on conflict (username) do update set role = excluded.role, password_hash = excluded.password_hash,
                    organisation = excluded.organisation""")
                .params(username, role.name(), encoder.encode(password), organisation).update();
        return api.as(username, password);
    }
}

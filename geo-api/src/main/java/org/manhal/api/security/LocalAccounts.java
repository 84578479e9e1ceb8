package org.manhal.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The embedded default's local accounts ({@code local_account}, V50): one per role. At start each
 * account's password is taken from {@code MANHAL_<ACCOUNT>_PASSWORD} when that is set (and the
 * stored hash replaced if it differs), or, for an account that does not exist yet, generated and
 * shown once (written to {@link SecuritySettings#generatedPasswordsFile()}, which
 * {@code bin/manhal up} prints and removes). Only the bcrypt hash is stored; no password is
 * written in the code or the configuration. {@code MANHAL_<ACCOUNT>_GOVERNORATES} (ISO 3166-2
 * codes, comma-separated) limits an account's writes, {@code MANHAL_<ACCOUNT>_ORGANISATION} names
 * the office or contractor it acts for.
 */
@Component
public class LocalAccounts implements UserDetailsService, InitializingBean {

    /** The accounts and their roles; the account name is also the environment variables' infix. */
    public enum Default {
        STAFF("staff", Role.STAFF),
        PLANNER("planner", Role.PLANNER),
        ADMIN("admin", Role.ADMIN),
        TECHNICIAN("technician", Role.FIELD_TECHNICIAN),
        CONSULTANCY("consultancy", Role.CONSULTANCY_OFFICE),
        CONTRACTOR("contractor", Role.CONTRACTOR),
        AUDITOR("auditor", Role.AUDITOR);

        private final String username;
        private final Role role;

        Default(String username, Role role) {
            this.username = username;
            this.role = role;
        }

        public String username() {
            return username;
        }

        public Role role() {
            return role;
        }

        /** {@code MANHAL_STAFF_PASSWORD} and the like. */
        public String variable(String what) {
            return "MANHAL_" + username.toUpperCase(Locale.ROOT) + "_" + what;
        }

        public static Optional<Default> forRole(Role role) {
            return Arrays.stream(values()).filter(d -> d.role == role).findFirst();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LocalAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private final SecuritySettings settings;

    LocalAccounts(JdbcClient jdbc, PasswordEncoder encoder, Environment environment, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.environment = environment;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> generated = new ArrayList<>();
        for (Default d : Default.values()) {
            provision(d).ifPresent(password -> generated.add(d.username() + " " + password));
        }
        if (!generated.isEmpty()) {
            announce(generated);
        }
    }

    /** Creates or updates one account; the generated password if one was made. */
    private Optional<String> provision(Default d) {
        String given = blankToNull(environment.getProperty(d.variable("PASSWORD")));
        Optional<String> stored = jdbc.sql("select password_hash from local_account where username = ?")
                .param(d.username()).query(String.class).optional();
        String generated = null;
        if (given != null && (stored.isEmpty() || !encoder.matches(given, stored.get()))) {
            upsertPassword(d, encoder.encode(given), "ENVIRONMENT");
        } else if (given == null && stored.isEmpty()) {
            generated = newPassword();
            upsertPassword(d, encoder.encode(generated), "GENERATED");
        }
        jdbc.sql("update local_account set role = ?, governorates = ?::text[], organisation = ? where username = ?")
                .params(d.role().name(), "{" + String.join(",", governorates(d)) + "}",
                        blankToNull(environment.getProperty(d.variable("ORGANISATION"))), d.username())
                .update();
        return Optional.ofNullable(generated);
    }

    private void upsertPassword(Default d, String hash, String from) {
        jdbc.sql("""
                insert into local_account (username, role, password_hash, password_from) values (?, ?, ?, ?)
                on conflict (username) do update set password_hash = excluded.password_hash,
                    password_from = excluded.password_from, password_set_at = now()""")
                .params(d.username(), d.role().name(), hash, from).update();
    }

    private List<String> governorates(Default d) {
        String codes = environment.getProperty(d.variable("GOVERNORATES"), "");
        return Arrays.stream(codes.split(",")).map(String::trim).filter(s -> s.matches("OM-[A-Z]{2}")).toList();
    }

    /** 120 random bits, readable: what a person types once and then stores in a password manager. */
    static String newPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void announce(List<String> generated) {
        String file = settings.generatedPasswordsFile();
        if (file == null || file.isBlank()) {
            // started without the launcher: the log is the only place left to say them, once
            log.warn("Generated passwords of the local accounts (shown once; set MANHAL_<ACCOUNT>_PASSWORD to choose): {}",
                    String.join(", ", generated));
            return;
        }
        Path path = Path.of(file);
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            if (!Files.exists(path)) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(path, (String.join("\n", generated) + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated passwords to " + path, e);
        }
        log.warn("Generated passwords for the local accounts {} were written to {} (bin/manhal up prints them once)",
                generated.stream().map(g -> g.substring(0, g.indexOf(' '))).toList(), path);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, role, password_hash, governorates, organisation from local_account where username = ?")
                .param(username)
                .query((rs, n) -> new LocalAccountUser(new Account(rs.getString("username"),
                        Set.of(Role.valueOf(rs.getString("role"))),
                        Set.of((String[]) rs.getArray("governorates").getArray()), rs.getString("organisation")),
                        rs.getString("password_hash")))
                .optional().orElseThrow(() -> new UsernameNotFoundException("no local account " + username));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

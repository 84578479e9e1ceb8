package org.manhal.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.manhal.api.security.LocalAccounts;
import org.manhal.api.security.Role;

/**
 * The local accounts' passwords for this test run: made afresh when the JUnit session opens
 * (registered in {@code META-INF/services}), before any Spring context starts, and handed to the
 * service as the system properties {@code MANHAL_<ACCOUNT>_PASSWORD}, which it reads as it reads
 * the environment. So no password is written anywhere, and {@link ApiClient} signs in with them.
 */
public final class TestAccounts implements LauncherSessionListener {

    private static final Map<LocalAccounts.Default, String> PASSWORDS = new EnumMap<>(LocalAccounts.Default.class);

    static {
        install();
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        install();
    }

    static synchronized void install() {
        if (!PASSWORDS.isEmpty()) {
            return;
        }
        for (LocalAccounts.Default d : LocalAccounts.Default.values()) {
            String password = System.getProperty(d.variable("PASSWORD"));
            if (password == null) {
                password = "test-" + UUID.randomUUID();
                System.setProperty(d.variable("PASSWORD"), password);
            }
            PASSWORDS.put(d, password);
        }
    }

    /** The account of {@code role}'s local account. */
    public static LocalAccounts.Default account(Role role) {
        return LocalAccounts.Default.forRole(role).orElseThrow(() -> new IllegalArgumentException(role + " has no account"));
    }

    public static String password(LocalAccounts.Default account) {
        install();
        return PASSWORDS.get(account);
    }

    /** The HTTP Basic header of {@code role}'s local account. */
    public static String basic(Role role) {
        LocalAccounts.Default d = account(role);
        return "Basic " + Base64.getEncoder().encodeToString((d.username() + ":" + password(d)).getBytes(StandardCharsets.UTF_8));
    }
}

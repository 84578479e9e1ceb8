package org.manhal.api.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Authenticates local accounts (HTTP Basic, the sign-in form). bcrypt costs ~0.1 s a check, which
 * HTTP Basic would pay on every request; so a successful check is remembered for
 * {@value #REMEMBER_MS} ms, keyed by an HMAC (with a key made at start and never stored) of the
 * name and password, together with the hash it was checked against, so that a changed password
 * is checked afresh. Failures go to the {@link SignInThrottle}.
 */
class LocalAccountAuthentication implements AuthenticationProvider {

    static final long REMEMBER_MS = 5 * 60_000;
    private static final int MAX_REMEMBERED = 10_000;

    private record Verified(LocalAccountUser user, long until) {
    }

    private final LocalAccounts accounts;
    private final DaoAuthenticationProvider checker;
    private final SignInThrottle throttle;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    LocalAccountAuthentication(LocalAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.checker = new DaoAuthenticationProvider(accounts);
        this.checker.setPasswordEncoder(encoder);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String cacheKey = mac(name + '\0' + password);
        Verified v = verified.get(cacheKey);
        if (v != null && v.until() > System.currentTimeMillis() && stillCurrent(v.user())) {
            return signedIn(v.user(), authentication);
        }
        try {
            Authentication result = checker.authenticate(authentication);
            LocalAccountUser user = (LocalAccountUser) result.getPrincipal();
            if (verified.size() > MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(cacheKey, new Verified(user, System.currentTimeMillis() + REMEMBER_MS));
            return signedIn(user, authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(name, client(authentication));
            throw e;
        }
    }

    /**
     * The hash still the stored one: a password changed at a restart is not served from memory.
     * While the database cannot answer, the remembered check stands, so that the request gets the
     * service's own 503 (database unavailable) rather than a 401 it could not fix by signing in.
     */
    private boolean stillCurrent(LocalAccountUser user) {
        try {
            LocalAccountUser now = (LocalAccountUser) accounts.loadUserByUsername(user.getUsername());
            return now.passwordHash().equals(user.passwordHash()) && now.account().equals(user.account());
        } catch (DataAccessException e) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Authentication signedIn(LocalAccountUser user, Authentication request) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                user.withoutPassword(), null, LocalAccountUser.authorities(user.account()));
        token.setDetails(request.getDetails());
        return token;
    }

    static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

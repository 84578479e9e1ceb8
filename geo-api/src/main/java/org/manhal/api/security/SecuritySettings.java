package org.manhal.api.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and web hardening, under {@code manhal.security.*} (docs/security.md lists
 * each with its environment variable and default).
 *
 * @param oidc                 the identity provider whose JWTs the API accepts (off while its
 *                             issuer is blank)
 * @param signIn               limits on failed sign-ins
 * @param publicLookup         limits on public lookups that find nothing (a citizen's application, a permit)
 * @param publicRateLimit      requests a client without credentials may make per minute
 *                             (0: no limit)
 * @param maxBodyBytes         the largest request body outside multipart uploads (413 above)
 * @param corsAllowedOrigins   origins whose pages may call the API from a browser (none by default)
 * @param generatedPasswordsFile where the passwords generated at first start are written for
 *                             {@code bin/manhal up} to print once (blank: only the log says them)
 */
@ConfigurationProperties("manhal.security")
public record SecuritySettings(@DefaultValue Oidc oidc, @DefaultValue SignIn signIn, @DefaultValue PublicLookup publicLookup,
                               @DefaultValue("600") int publicRateLimit,
                               @DefaultValue("16777216") long maxBodyBytes,
                               @DefaultValue List<String> corsAllowedOrigins,
                               @DefaultValue("") String generatedPasswordsFile) {

    /**
     * @param issuerUri          the OpenID Connect issuer ({@code iss}); its discovery document names the keys
     * @param audience           the audience a token must carry ({@code aud}); blank: not checked
     * @param rolesClaim         where the roles are, dotted for nested claims ({@code realm_access.roles} for Keycloak)
     * @param rolePrefix         a prefix the provider puts before Manhal's role names ({@code manhal-}), stripped
     * @param governoratesClaim  the claim with the governorate codes a staff member may write in
     * @param usernameClaim      the claim that names the user in histories ({@code preferred_username}; else {@code sub})
     * @param organisationClaim  the claim with the office's or contractor's licence number
     */
    public record Oidc(@DefaultValue("") String issuerUri, @DefaultValue("") String audience,
                       @DefaultValue("roles") String rolesClaim, @DefaultValue("") String rolePrefix,
                       @DefaultValue("governorates") String governoratesClaim,
                       @DefaultValue("preferred_username") String usernameClaim,
                       @DefaultValue("organisation") String organisationClaim) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    /**
     * @param maxFailuresPerAccount failed sign-ins of one account within the window before it is refused 429
     * @param maxFailuresPerClient  failed sign-ins from one client address within the window
     * @param window                how long a failure counts
     */
    public record SignIn(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerClient,
                         @DefaultValue("15m") Duration window) {
    }

    /**
     * @param maxFailuresPerClient lookups by reference and code, or by permit number, that found
     *                             nothing, from one client address within the window, before its
     *                             lookups are refused 429 (a reference with its code, or a permit
     *                             number, is a secret that guessing must not find)
     * @param window               how long a failure counts
     */
    public record PublicLookup(@DefaultValue("10") int maxFailuresPerClient, @DefaultValue("15m") Duration window) {
    }
}

package org.manhal.api.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Reads the identity provider's tokens: the decoder (keys from the issuer's discovery document,
 * fetched at the first token so that the service starts while the provider is down; signature,
 * issuer, expiry with a minute's clock skew, and the audience when one is configured), and the
 * converter from claims to an {@link Account}. Role names in the token are Manhal's
 * ({@code STAFF}, {@code field-technician}: case and dashes do not matter), after the configured
 * prefix; names that are not Manhal roles are ignored.
 */
final class TokenAccounts implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings.Oidc oidc;

    TokenAccounts(SecuritySettings.Oidc oidc) {
        this.oidc = oidc;
    }

    static JwtDecoder decoder(SecuritySettings.Oidc oidc) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
            decoder.setJwtValidator(validator(oidc));
            return decoder;
        });
    }

    static OAuth2TokenValidator<Jwt> validator(SecuritySettings.Oidc oidc) {
        OAuth2TokenValidator<Jwt> standard = JwtValidators.createDefaultWithIssuer(oidc.issuerUri());
        if (oidc.audience() == null || oidc.audience().isBlank()) {
            return standard;
        }
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(oidc.audience()));
        return new DelegatingOAuth2TokenValidator<>(standard, audience);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString(oidc.usernameClaim());
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        Account account = new Account(name, roles(jwt), strings(claim(jwt, oidc.governoratesClaim())),
                jwt.getClaimAsString(oidc.organisationClaim()));
        return new AccountJwtAuthentication(jwt, account);
    }

    private Set<Role> roles(Jwt jwt) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : strings(claim(jwt, oidc.rolesClaim()))) {
            String name = value;
            if (!oidc.rolePrefix().isBlank() && name.startsWith(oidc.rolePrefix())) {
                name = name.substring(oidc.rolePrefix().length());
            }
            String normalised = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Role r : Role.accountRoles()) {
                if (r.name().equals(normalised)) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }

    /** A claim by a dotted path ({@code realm_access.roles}), or null. */
    private static Object claim(Jwt jwt, String path) {
        Object value = jwt.getClaims();
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    private static Set<String> strings(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        if (value instanceof String s && !s.isBlank()) {
            return Set.of(s.split("[,\\s]+"));
        }
        return Set.of();
    }
}

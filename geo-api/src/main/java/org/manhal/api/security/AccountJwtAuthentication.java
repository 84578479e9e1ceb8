package org.manhal.api.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A request signed in with the identity provider's token, with the {@link Account} read from its claims. */
class AccountJwtAuthentication extends JwtAuthenticationToken {

    private final Account account;

    AccountJwtAuthentication(Jwt jwt, Account account) {
        super(jwt, LocalAccountUser.authorities(account), account.name());
        this.account = account;
    }

    Account account() {
        return account;
    }
}

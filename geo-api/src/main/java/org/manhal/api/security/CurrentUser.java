package org.manhal.api.security;

import org.manhal.common.Actor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the current request, from Spring Security's context: a local account (HTTP Basic
 * or the map's sign-in form) or a token of the identity provider. Anyone else is
 * {@link Account#ANONYMOUS}.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Account account() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Account.ANONYMOUS;
        }
        if (auth.getPrincipal() instanceof LocalAccountUser user) {
            return user.account();
        }
        if (auth instanceof AccountJwtAuthentication jwt) {
            return jwt.account();
        }
        return Account.ANONYMOUS;
    }

    /** The caller as the domain's writers record it (name and governorate limit). */
    public static Actor actor() {
        return account().actor();
    }
}

package org.manhal.api.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local account as Spring Security authenticates it: the stored hash and the account behind it. */
record LocalAccountUser(Account account, String passwordHash) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.name();
    }

    /** Without the hash: what a signed-in request carries as its principal. */
    LocalAccountUser withoutPassword() {
        return new LocalAccountUser(account, "");
    }

    static List<SimpleGrantedAuthority> authorities(Account account) {
        return account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}

package org.manhal.api.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.manhal.common.Actor;

/**
 * The signed-in caller as Manhal sees it, whether from a local account or an identity
 * provider's token.
 *
 * @param name         the account name (recorded in histories and the audit trail)
 * @param roles        its roles ({@link Role#PUBLIC} alone for the public)
 * @param governorates the governorates it may write in (ISO 3166-2 codes); empty for no limit
 * @param organisation the consultancy office or drilling contractor it acts for (its licence
 *                     number), or null: a handler that shows "own records only" compares with it
 */
public record Account(String name, Set<Role> roles, Set<String> governorates, String organisation) {

    public static final Account ANONYMOUS = new Account("anonymous", Set.of(Role.PUBLIC), Set.of(), null);

    public Account {
        roles = Set.copyOf(roles);
        governorates = Set.copyOf(governorates);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS || roles.equals(Set.of(Role.PUBLIC));
    }

    /** As the domain records writers: the name and the governorate limit. */
    public Actor actor() {
        return new Actor(name, governorates);
    }

    /** The roles as the audit trail records them: {@code ADMIN} or {@code PLANNER,STAFF}. */
    public String rolesText() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}

package org.manhal.api.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.manhal.common.Actor;
import org.manhal.common.Organisation;

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

    /** Roles whose work covers every application and permit, whoever filed it or drills it. */
    private static final Set<Role> SEES_ALL = EnumSet.of(Role.STAFF, Role.FIELD_TECHNICIAN, Role.PLANNER,
            Role.AUDITOR, Role.ADMIN);

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

    /**
     * As the domain records writers and readers: the name, the governorate limit, and the
     * organisation whose records alone it sees: a consultancy office's or a drilling contractor's
     * account (without a role that sees every record) acts for its {@link #organisation}, or, when
     * none is configured, for an organisation of its own name, so that it never sees another's.
     */
    public Actor actor() {
        return new Actor(name, governorates, actsFor());
    }

    private Organisation actsFor() {
        if (hasAnyRole(SEES_ALL)) {
            return null;
        }
        String id = organisation == null || organisation.isBlank() ? name : organisation;
        if (roles.contains(Role.CONSULTANCY_OFFICE)) {
            return Organisation.office(id);
        }
        return roles.contains(Role.CONTRACTOR) ? Organisation.contractor(id) : null;
    }

    /** The roles as the audit trail records them: {@code ADMIN} or {@code PLANNER,STAFF}. */
    public String rolesText() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}

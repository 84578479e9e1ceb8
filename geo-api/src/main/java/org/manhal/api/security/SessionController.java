package org.manhal.api.security;

import org.manhal.api.publishing.Audience;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/session}: who the caller is (account name, roles, governorate limit, personal data, staff layers), so the
 * map can show the signed-in account or a sign-in link. Never a password or a token.
 */
@RestController
class SessionController {

    @GetMapping("/api/session")
    ObjectNode session() {
        Account account = CurrentUser.account();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("signedIn", !account.isAnonymous());
        body.put("name", account.name());
        account.roles().stream().map(Role::name).sorted().forEach(body.putArray("roles")::add);
        account.governorates().stream().sorted().forEach(body.putArray("governorates")::add);
        body.put("personalData", account.hasAnyRole(PersonalDataAccess.MAY_READ));
        // The map offers the staff-only layers (applications) from this, not from a role list of its own.
        body.put("staffLayers", Audience.of(account) == Audience.STAFF);
        return body;
    }
}

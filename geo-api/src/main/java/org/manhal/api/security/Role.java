package org.manhal.api.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.manhal.common.Text;

/**
 * Who may do what (docs/security.md). {@link #PUBLIC} and {@link #CITIZEN} have no account: the
 * public is anyone, a citizen is anyone who holds an application's access code (the handler of
 * the citizen's routes checks the code); every other role is an account's, local or from the
 * identity provider's token.
 */
public enum Role {

    PUBLIC(new Text("العموم", "the public")),
    CITIZEN(new Text("مواطن (برمز الوصول إلى طلبه)", "citizen (through an application's access code)")),
    STAFF(new Text("موظف الموارد المائية", "water resources staff")),
    FIELD_TECHNICIAN(new Text("فني ميداني", "field technician")),
    PLANNER(new Text("مخطط", "planner")),
    CONSULTANCY_OFFICE(new Text("مكتب استشارات هندسية", "engineering consultancy office")),
    CONTRACTOR(new Text("مقاول حفر", "drilling contractor")),
    AUDITOR(new Text("مدقق", "auditor")),
    ADMIN(new Text("مشرف النظام", "administrator"));

    private final Text label;

    Role(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** Whether an account may hold this role (not the public nor a citizen). */
    public boolean isAccountRole() {
        return this != PUBLIC && this != CITIZEN;
    }

    /** The Spring Security authority of the role ({@code ROLE_STAFF}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Every role an account may hold. */
    public static Set<Role> accountRoles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(values()).filter(Role::isAccountRole).forEach(roles::add);
        return roles;
    }
}

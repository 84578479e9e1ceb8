package org.manhal.api.publishing;

import java.util.EnumSet;
import java.util.Set;

import org.manhal.api.security.Account;
import org.manhal.api.security.CurrentUser;
import org.manhal.api.security.Role;
import org.manhal.common.Labelled;
import org.manhal.common.Text;

/**
 * Who may see a published layer or attribute. The ministry's own readers of the registry (staff,
 * field technicians, planners, auditors, admins) are {@link #STAFF}; everyone else, signed in or
 * not (citizens, consultancy offices, contractors), is {@link #PUBLIC}.
 */
public enum Audience implements Labelled {
    /** Anyone, signed in or not: the public map, QGIS, a citizen. */
    PUBLIC("الجميع", "Everyone"),
    /** Staff of the ministry (water resources staff, planners, auditors, admins). */
    STAFF("موظفو الوزارة", "Ministry staff");

    /** The roles that see staff attributes and staff layers. */
    public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.STAFF, Role.FIELD_TECHNICIAN, Role.PLANNER, Role.AUDITOR, Role.ADMIN);

    private final Text label;

    /** The audience of an account. */
    public static Audience of(Account account) {
        return account.hasAnyRole(STAFF_ROLES) ? STAFF : PUBLIC;
    }

    /** The audience of the current request's caller. */
    public static Audience ofCaller() {
        return of(CurrentUser.account());
    }

    Audience(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

package org.manhal.api.security;

import java.util.EnumSet;
import java.util.Set;

import org.manhal.api.export.ExportProperties;
import org.manhal.api.export.PersonalDataPolicy;
import org.springframework.stereotype.Component;

/**
 * THE personal-data policy: who may receive owners' names, civil IDs, phone numbers, plot numbers
 * and applicants, on every read path (a single record, lists, histories, exports), and the audit
 * line for each access. Every controller that could return personal data asks here; none decides
 * for itself.
 *
 * <ul>
 *   <li>A single record and its history: to {@link #MAY_READ} (office staff, field technicians
 *       who verify owners on site, admins); each such read is recorded ({@code PERSONAL_DATA_READ}).</li>
 *   <li>Lists (search, map): never the owner; a list that must name people masks civil IDs
 *       ({@link #maskCivilId}).</li>
 *   <li>Exports ({@link PersonalDataPolicy}): to the same roles, and only where the deployment
 *       allows bulk copies of personal data at all ({@code manhal.export.personal-data-allowed},
 *       default no); each such export is recorded ({@code PERSONAL_DATA_EXPORT}).</li>
 * </ul>
 * Applicants (the applications routes) follow the same rule: {@link #mayRead()}, plus the
 * filing office for its own clients, which the handler checks by {@link Account#organisation()}.
 */
@Component
public class PersonalDataAccess implements PersonalDataPolicy {

    /** Roles whose work needs the owner of a record. */
    public static final Set<Role> MAY_READ = EnumSet.of(Role.STAFF, Role.FIELD_TECHNICIAN, Role.ADMIN);

    private final ExportProperties exports;
    private final AuditRecorder audit;

    PersonalDataAccess(ExportProperties exports, AuditRecorder audit) {
        this.exports = exports;
        this.audit = audit;
    }

    /** Whether the caller may receive the personal data of a single record. */
    public boolean mayRead() {
        return CurrentUser.account().hasAnyRole(MAY_READ);
    }

    /**
     * Whether the caller may receive the personal data of the record {@code target}
     * ({@code well:42}); if so, the access is recorded in the audit trail.
     */
    public boolean readRecord(String target) {
        if (!mayRead()) {
            return false;
        }
        audit.personalData("PERSONAL_DATA_READ", target, null);
        return true;
    }

    /**
     * As {@link #readRecord(String)}, for a record the caller's organisation filed for its own
     * client ({@code ownClient}: a consultancy office reading its own filing), which it may read
     * whatever its role; recorded all the same.
     */
    public boolean readRecord(String target, boolean ownClient) {
        if (!ownClient) {
            return readRecord(target);
        }
        audit.personalData("PERSONAL_DATA_READ", target, null);
        return true;
    }

    /** Bulk: only where the deployment allows it, and only to the roles that may read it. */
    @Override
    public boolean mayIncludePersonalData() {
        return exports.personalDataAllowed() && mayRead();
    }

    /** Records an export that carries personal data; {@code detail} names its filters. */
    @Override
    public void exported(String detail) {
        audit.personalData("PERSONAL_DATA_EXPORT", null, detail);
    }

    /** A civil ID as lists show it: all but the last three characters hidden (all of a short one). */
    public static String maskCivilId(String civilId) {
        if (civilId == null) {
            return null;
        }
        int keep = civilId.length() > 6 ? 3 : 0;
        return "*".repeat(civilId.length() - keep) + civilId.substring(civilId.length() - keep);
    }
}

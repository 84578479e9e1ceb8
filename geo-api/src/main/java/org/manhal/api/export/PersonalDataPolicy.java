package org.manhal.api.export;

/**
 * Decides whether the caller of a bulk read (export) may see personal data: the owner's name and
 * civil ID, the plot number. Implemented by the one personal-data policy,
 * {@link org.manhal.api.security.PersonalDataAccess} (roles, the deployment's switch, the audit).
 */
public interface PersonalDataPolicy {

    /** Whether the current caller may receive personal data. */
    boolean mayIncludePersonalData();

    /** Records that an export with personal data is being sent; {@code detail} names its filters. */
    void exported(String detail);
}

package org.manhal.api.export;

/**
 * Decides whether the caller of a bulk read (export) may see personal data: the owner's name and
 * civil ID, the plot number. The hook for the security issue: once callers have roles, a policy
 * that looks at the authenticated principal's roles replaces {@link ConfiguredPersonalDataPolicy}
 * (declare it as a bean; this one steps back).
 */
public interface PersonalDataPolicy {

    /** Whether the current caller may receive personal data. */
    boolean mayIncludePersonalData();
}

package org.manhal.common;

import java.util.Objects;
import java.util.Set;

/**
 * Who makes a change; recorded in the history of what they change.
 *
 * @param name         the account name (the signed-in user; {@code anonymous} for the public,
 *                     {@code system:…} for loaders and jobs)
 * @param governorates the ISO 3166-2 codes of the governorates this actor may write in; empty for
 *                     no limit (the security layer fills it from the account or the token's claim)
 * @param organisation the consultancy office or drilling contractor the actor acts for, whose
 *                     records alone it sees and follows; null for an actor who sees every record
 *                     (staff, planners, the system, the public's own filings)
 */
public record Actor(String name, Set<String> governorates, Organisation organisation) {

    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        Objects.requireNonNull(name, "name");
        governorates = governorates == null ? Set.of() : Set.copyOf(governorates);
    }

    /** An actor without a governorate limit. */
    public Actor(String name) {
        this(name, Set.of());
    }

    /** An actor who acts for no organisation. */
    public Actor(String name, Set<String> governorates) {
        this(name, governorates, null);
    }

    /** The consultancy office this actor acts for, or null (not an office's account). */
    public String office() {
        return organisation != null && organisation.isOffice() ? organisation.id() : null;
    }

    /** The licence number of the drilling contractor this actor acts for, or null (not a contractor's account). */
    public String contractor() {
        return organisation != null && organisation.isContractor() ? organisation.id() : null;
    }

    /**
     * Refuses a write in a governorate outside this actor's limit ({@link OutsideScopeException},
     * a 403 in the API); does nothing for an actor without a limit.
     *
     * @param governorateCode the ISO 3166-2 code of the governorate written in (e.g. {@code OM-MA})
     */
    public void checkMayWriteIn(String governorateCode) {
        if (!governorates.isEmpty() && !governorates.contains(governorateCode)) {
            throw new OutsideScopeException(new Text(
                    "حسابك مقصور على المحافظات " + String.join("، ", governorates.stream().sorted().toList())
                            + " ولا يحق له الكتابة في " + governorateCode + ".",
                    "Your account is limited to the governorates " + String.join(", ", governorates.stream().sorted().toList())
                            + " and may not write in " + governorateCode + "."));
        }
    }
}

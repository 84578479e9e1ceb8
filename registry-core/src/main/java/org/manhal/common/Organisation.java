package org.manhal.common;

import java.util.Objects;

/**
 * The engineering consultancy office or drilling contractor an {@link Actor} acts for. An actor
 * that acts for one sees and follows that organisation's records only (an office: the
 * applications it filed; a contractor: the permits it is named on); others' records do not exist
 * for it (not found, so that references cannot be probed).
 *
 * @param kind what it is
 * @param id   its identifier: an office's name as its accounts carry it, a contractor's licence number
 */
public record Organisation(Kind kind, String id) {

    /** The two kinds of organisation that work for their own clients only. */
    public enum Kind { CONSULTANCY_OFFICE, DRILLING_CONTRACTOR }

    public Organisation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Organisation office(String id) {
        return new Organisation(Kind.CONSULTANCY_OFFICE, id);
    }

    public static Organisation contractor(String licenceNumber) {
        return new Organisation(Kind.DRILLING_CONTRACTOR, licenceNumber);
    }

    public boolean isOffice() {
        return kind == Kind.CONSULTANCY_OFFICE;
    }

    public boolean isContractor() {
        return kind == Kind.DRILLING_CONTRACTOR;
    }
}

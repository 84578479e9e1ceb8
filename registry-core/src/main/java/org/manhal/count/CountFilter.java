package org.manhal.count;

import org.manhal.well.WellStatus;
import org.manhal.well.WellUse;

/**
 * Which wells to count, besides the area. Null criteria do not filter; deleted wells are never
 * counted.
 *
 * @param use only wells of this use, or null
 * @param status only wells in this status, or null
 * @param governorateId only wells the registry assigned to this governorate ({@code admin_area.id}), or null
 * @param wilayatId only wells the registry assigned to this wilayat ({@code admin_area.id}), or null
 */
public record CountFilter(WellUse use, WellStatus status, Long governorateId, Long wilayatId) {

    /** Every well that is not deleted. */
    public static final CountFilter ALL = new CountFilter(null, null, null, null);
}

package org.manhal.well;

/**
 * What to look for in the registry. Null criteria do not filter. Deleted wells are never listed.
 *
 * @param bbox the area, or null for all of Oman
 * @param use only wells of this use, or null
 * @param status only wells in this status, or null
 * @param limit at most this many wells (1 to {@link #MAX_LIMIT})
 * @param offset skip this many wells of the stable order (by id)
 * @param registryNumber only the well with this registry number (exactly as typed, or in upper
 *                       case as {@link RegistryNumber} writes it), or null
 */
public record WellQuery(BoundingBox bbox, WellUse use, WellStatus status, int limit, long offset,
                        String registryNumber) {

    /** A query without a registry number. */
    public WellQuery(BoundingBox bbox, WellUse use, WellStatus status, int limit, long offset) {
        this(bbox, use, status, limit, offset, null);
    }

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;
}

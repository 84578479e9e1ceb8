package org.manhal.application;

/**
 * The kind of application a citizen or company files with the ministry (MAFWR, Water Licensing
 * Department) or the municipality. The well types follow the licence and service types seen in
 * Oman (new well, replacement استبدال, deepening تعميق) plus the inventory registration of a well
 * that already exists; see {@code research/domain.md} §1.2.
 */
public enum ApplicationType {

    /** A licence to drill a new well. */
    WELL_DRILLING("حفر بئر جديدة", "Well drilling"),

    /** A licence to deepen an existing well at its current location. */
    WELL_DEEPENING("تعميق بئر", "Well deepening"),

    /** A licence to drill a well that replaces an existing one, which is then backfilled. */
    WELL_REPLACEMENT("استبدال بئر", "Well replacement"),

    /**
     * Registration of a well that already exists (national well inventory, حصر الآبار). It is
     * checked like a new well so that its findings are recorded, but it is never refused on them.
     */
    WELL_REGISTRATION("تسجيل بئر قائمة", "Well registration"),

    /** A building permit, checked against the zoning rules rather than the well-spacing rules. */
    BUILDING_PERMIT("رخصة بناء", "Building permit");

    private final String labelAr;
    private final String labelEn;

    ApplicationType(String labelAr, String labelEn) {
        this.labelAr = labelAr;
        this.labelEn = labelEn;
    }

    /** The Arabic label shown to applicants and staff. */
    public String labelAr() {
        return labelAr;
    }

    /** The English label. */
    public String labelEn() {
        return labelEn;
    }

    /** Whether this application concerns a well and is therefore subject to well-spacing rules. */
    public boolean concernsWell() {
        return this != BUILDING_PERMIT;
    }
}

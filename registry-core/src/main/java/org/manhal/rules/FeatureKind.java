package org.manhal.rules;

/**
 * What a spacing rule measures against: a point or line feature (wells, aflaj, contamination
 * sources) or a zone polygon (well-field protection zones and restricted zones).
 *
 * <p>Zone kinds ({@link #isZone()}) always carry a polygonal geometry. The other kinds may be
 * points, lines or polygons (a landfill is usually a polygon); distances to them are measured to
 * the nearest point of the geometry. The persistence layer maps {@code well} rows to
 * {@link #EXISTING_WELL}, {@code protected_feature} rows to the feature kinds and
 * {@code restricted_zone} rows (by regime or zone class) to the zone kinds.
 */
public enum FeatureKind {

    /** A well already in the registry (any use); spacing between wells. */
    EXISTING_WELL("بئر قائمة", "existing well", false),
    /** The mother well (أم الفلج) of a falaj, the origin of its harim. */
    FALAJ_MOTHER_WELL("أم الفلج", "falaj mother well", false),
    /** The channel (ساقية) of a falaj, usually a line. */
    FALAJ_CHANNEL("قناة الفلج", "falaj channel", false),
    /** A public drinking-water supply well. */
    PUBLIC_SUPPLY_WELL("بئر إمداد عام بمياه الشرب", "public water-supply well", false),
    /** A septic tank or soakaway. */
    SEPTIC_TANK("خزان الصرف الصحي", "septic tank", false),
    /** A sewage treatment plant. */
    SEWAGE_PLANT("محطة معالجة مياه الصرف الصحي", "sewage treatment plant", false),
    /** A landfill or solid-waste site. */
    LANDFILL("مكب النفايات", "landfill", false),
    /** A fuel station (underground storage tanks). */
    FUEL_STATION("محطة تعبئة الوقود", "fuel station", false),
    /** Well-field protection zone, red class: the most critical part of a drinking-water well field. */
    WPZ_RED("منطقة حماية حقل الآبار (النطاق الأحمر)", "well-field protection zone (red)", true),
    /** Well-field protection zone, orange class. */
    WPZ_ORANGE("منطقة حماية حقل الآبار (النطاق البرتقالي)", "well-field protection zone (orange)", true),
    /** Restricted zone in which no new well may be drilled. */
    NO_NEW_WELLS_ZONE("منطقة يحظر فيها حفر آبار جديدة", "no-new-wells zone", true),
    /** Restricted zone in which a well may only replace an existing one. */
    REPLACEMENT_ONLY_ZONE("منطقة يسمح فيها باستبدال الآبار فقط", "replacement-only zone", true),
    /** Restricted zone in which a permit needs a hydrogeological study. */
    STUDY_REQUIRED_ZONE("منطقة تتطلب دراسة هيدروجيولوجية", "study-required zone", true);

    private final String labelAr;
    private final String labelEn;
    private final boolean zone;

    FeatureKind(String labelAr, String labelEn, boolean zone) {
        this.labelAr = labelAr;
        this.labelEn = labelEn;
        this.zone = zone;
    }

    /** The Arabic label, used in Arabic messages. */
    public String labelAr() {
        return labelAr;
    }

    /** The English label (lower case, to be used inside sentences). */
    public String labelEn() {
        return labelEn;
    }

    /** Whether features of this kind are zone polygons, which {@code NOT_INSIDE} rules target. */
    public boolean isZone() {
        return zone;
    }
}

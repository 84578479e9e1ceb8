package org.manhal.zoning;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** What a zoning finding is about; with the zone code it makes the finding's {@code ruleId}. */
public enum ZoningAspect implements Labelled {

    /** The footprint leaves the plot (measured: the area outside, m²). */
    INSIDE_PLOT("داخل حدود القطعة", "inside the plot"),
    /** A front setback (on a street edge) is not kept (measured: the smallest distance, m). */
    SETBACK_FRONT("الارتداد الأمامي", "front setback"),
    /** A side setback is not kept. */
    SETBACK_SIDE("الارتداد الجانبي", "side setback"),
    /** A rear setback is not kept. */
    SETBACK_REAR("الارتداد الخلفي", "rear setback"),
    /** Street edges unknown: one setback, the largest of the rule's three, on every edge. */
    SETBACK_UNIFORM("الارتداد الموحد", "uniform setback"),
    /** Footprint area / plot area above the limit (measured and limit in %). */
    COVERAGE("نسبة البناء", "coverage"),
    /** Gross floor area / plot area above the limit. */
    FLOOR_AREA_RATIO("معامل البناء الطابقي", "floor-area ratio"),
    /** More floors than allowed. */
    FLOORS("عدد الطوابق", "number of floors"),
    /** Higher than allowed (m). */
    HEIGHT("ارتفاع المبنى", "building height"),
    /** The use is conditional (NEEDS_REVIEW) or refused (REJECT) in the zone. */
    USE("استعمال المبنى", "use of the building"),
    /** The plot is smaller than the zone's minimum (m²). */
    MIN_PLOT_AREA("الحد الأدنى لمساحة القطعة", "minimum plot area"),
    /** The plot lies in several zones: the strictest rule applies (WARN, says which). */
    SPLIT_PLOT("قطعة في أكثر من منطقة تنظيمية", "plot in several zones"),
    /** Part of the plot is under no zone: nothing can be checked there (NEEDS_REVIEW). */
    NO_ZONE("لا توجد منطقة تنظيمية", "no zone"),
    /** The footprint lies in a restricted or water-protection zone (NEEDS_REVIEW). */
    RESTRICTED_ZONE("منطقة مقيدة", "restricted zone"),
    /** The footprint is within the protection distance of a falaj or a public supply well. */
    PROTECTION_DISTANCE("مسافة الحماية", "protection distance");

    private final Text label;

    ZoningAspect(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

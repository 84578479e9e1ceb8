package org.manhal.well;

import org.manhal.common.Bilingual;

/** The state of a well, after the GroundWaterML 2 status vocabulary (gwWellStatus). */
public enum WellStatus implements Bilingual {
    PROPOSED("مقترحة", "Proposed"),
    PERMITTED("مرخصة", "Permitted"),
    ACTIVE("عاملة", "Active"),
    STANDBY("احتياطية", "Standby"),
    NOT_IN_USE("غير مستخدمة", "Not in use"),
    DEEPENED("معمقة", "Deepened"),
    ABANDONED("مهجورة", "Abandoned"),
    BACKFILLED("مردومة", "Backfilled"),
    ILLEGAL_DETECTED("غير مرخصة (مرصودة)", "Illegal (detected)");

    private final String ar;
    private final String en;

    WellStatus(String ar, String en) {
        this.ar = ar;
        this.en = en;
    }

    @Override
    public String ar() {
        return ar;
    }

    @Override
    public String en() {
        return en;
    }
}

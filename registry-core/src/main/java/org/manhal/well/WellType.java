package org.manhal.well;

import org.manhal.common.Bilingual;

/** How a well is built. */
public enum WellType implements Bilingual {
    HAND_DUG("بئر يدوية (مفتوحة)", "Hand-dug well"),
    BOREHOLE("بئر أنبوبية (ارتوازية)", "Borehole");

    private final String ar;
    private final String en;

    WellType(String ar, String en) {
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

package org.manhal.well;

import org.manhal.common.Bilingual;

/** The kinds of well licence issued in Oman (new, replacement, deepening, widening, maintenance, backfill). */
public enum LicenceType implements Bilingual {
    NEW_WELL("حفر بئر جديدة", "New well"),
    REPLACEMENT("استبدال", "Replacement"),
    DEEPENING("تعميق", "Deepening"),
    WIDENING("توسعة", "Widening"),
    MAINTENANCE("صيانة", "Maintenance"),
    BACKFILL("ردم", "Backfill");

    private final String ar;
    private final String en;

    LicenceType(String ar, String en) {
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

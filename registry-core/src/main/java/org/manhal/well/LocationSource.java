package org.manhal.well;

import org.manhal.common.Bilingual;

/** How a well's location was obtained. */
public enum LocationSource implements Bilingual {
    SURVEY("مسح مساحي معتمد", "Licensed survey"),
    GNSS("جهاز GNSS دقيق", "Survey-grade GNSS"),
    HANDHELD_GPS("جهاز GPS محمول", "Handheld GPS"),
    MAP("رسم على الخريطة", "Digitised on a map"),
    LEGACY_RECORD("سجل قديم", "Legacy record");

    private final String ar;
    private final String en;

    LocationSource(String ar, String en) {
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

package org.manhal.well;

import org.manhal.common.Bilingual;

/** What a well's water is used for (GWML2 gwWellWaterUse, extended with Oman's uses). */
public enum WellUse implements Bilingual {
    DOMESTIC("منزلي", "Domestic"),
    AGRICULTURAL("زراعي", "Agricultural"),
    LIVESTOCK("ثروة حيوانية", "Livestock"),
    INDUSTRIAL("صناعي", "Industrial"),
    COMMERCIAL("تجاري", "Commercial"),
    PUBLIC_SUPPLY("إمداد عام بمياه الشرب", "Public water supply"),
    FALAJ_ASSIST("مساندة فلج", "Falaj assistance"),
    MONITORING("رصد ومراقبة", "Monitoring");

    private final String ar;
    private final String en;

    WellUse(String ar, String en) {
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

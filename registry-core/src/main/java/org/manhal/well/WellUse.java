package org.manhal.well;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** What a well's water is used for (GWML2 gwWellWaterUse, extended with Oman's uses). */
public enum WellUse implements Labelled {
    DOMESTIC("منزلي", "Domestic"),
    AGRICULTURAL("زراعي", "Agricultural"),
    LIVESTOCK("ثروة حيوانية", "Livestock"),
    INDUSTRIAL("صناعي", "Industrial"),
    COMMERCIAL("تجاري", "Commercial"),
    PUBLIC_SUPPLY("إمداد عام بمياه الشرب", "Public water supply"),
    FALAJ_ASSIST("مساندة فلج", "Falaj assistance"),
    MONITORING("رصد ومراقبة", "Monitoring");

    private final Text label;

    WellUse(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

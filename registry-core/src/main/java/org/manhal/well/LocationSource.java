package org.manhal.well;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** How a well's location was obtained. */
public enum LocationSource implements Labelled {
    SURVEY("مسح مساحي معتمد", "Licensed survey"),
    GNSS("جهاز GNSS دقيق", "Survey-grade GNSS"),
    HANDHELD_GPS("جهاز GPS محمول", "Handheld GPS"),
    MAP("رسم على الخريطة", "Digitised on a map"),
    LEGACY_RECORD("سجل قديم", "Legacy record");

    private final Text label;

    LocationSource(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

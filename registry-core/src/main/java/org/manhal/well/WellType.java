package org.manhal.well;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** How a well is built. */
public enum WellType implements Labelled {
    HAND_DUG("بئر يدوية (مفتوحة)", "Hand-dug well"),
    BOREHOLE("بئر أنبوبية (ارتوازية)", "Borehole");

    private final Text label;

    WellType(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

package org.manhal.well;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** How far a well's recorded location may be from the true well head. */
public enum LocationAccuracy implements Labelled {
    WITHIN_1_M("حتى 1 م", "Within 1 m"),
    WITHIN_5_M("حتى 5 م", "Within 5 m"),
    WITHIN_15_M("حتى 15 م", "Within 15 m"),
    WITHIN_100_M("حتى 100 م", "Within 100 m"),
    UNKNOWN("غير معروفة", "Unknown");

    private final Text label;

    LocationAccuracy(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

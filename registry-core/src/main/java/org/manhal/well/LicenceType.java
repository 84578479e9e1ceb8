package org.manhal.well;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** The kinds of well licence issued in Oman (new, replacement, deepening, widening, maintenance, backfill). */
public enum LicenceType implements Labelled {
    NEW_WELL("حفر بئر جديدة", "New well"),
    REPLACEMENT("استبدال", "Replacement"),
    DEEPENING("تعميق", "Deepening"),
    WIDENING("توسعة", "Widening"),
    MAINTENANCE("صيانة", "Maintenance"),
    BACKFILL("ردم", "Backfill");

    private final Text label;

    LicenceType(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

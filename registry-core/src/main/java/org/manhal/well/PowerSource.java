package org.manhal.well;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** What drives a well's pump. */
public enum PowerSource implements Labelled {
    GRID("الشبكة الكهربائية", "Grid electricity"),
    DIESEL("ديزل", "Diesel"),
    SOLAR("طاقة شمسية", "Solar"),
    NONE("بدون", "None");

    private final Text label;

    PowerSource(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

package org.manhal.admin;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** The levels of Oman's administrative geography. */
public enum AdminLevel implements Labelled {
    COUNTRY("دولة", "country"),
    GOVERNORATE("محافظة", "governorate"),
    WILAYAT("ولاية", "wilayat");

    private final Text label;

    AdminLevel(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

package org.manhal.contractor;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** The class of a drilling licence (the ministry grades contractors by the wells they may drill). */
public enum LicenceClass implements Labelled {
    A("الفئة أ", "Class A"),
    B("الفئة ب", "Class B"),
    C("الفئة ج", "Class C");

    private final Text label;

    LicenceClass(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

package org.manhal.contractor;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** Whether a contractor may be named on new permits (besides the licence being valid). */
public enum ContractorStatus implements Labelled {
    ACTIVE("نشط", "Active"),
    SUSPENDED("موقوف", "Suspended");

    private final Text label;

    ContractorStatus(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

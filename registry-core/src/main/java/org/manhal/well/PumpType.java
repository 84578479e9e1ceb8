package org.manhal.well;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/** The pump installed on a well. */
public enum PumpType implements Labelled {
    SUBMERSIBLE("غاطسة", "Submersible"),
    SURFACE_CENTRIFUGAL("سطحية طاردة مركزية", "Surface centrifugal"),
    TURBINE("توربينية", "Vertical turbine"),
    HAND("يدوية", "Hand pump"),
    NONE("بدون مضخة", "No pump");

    private final Text label;

    PumpType(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

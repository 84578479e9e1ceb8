package org.manhal.well;

import org.manhal.common.Bilingual;

/** The pump installed on a well. */
public enum PumpType implements Bilingual {
    SUBMERSIBLE("غاطسة", "Submersible"),
    SURFACE_CENTRIFUGAL("سطحية طاردة مركزية", "Surface centrifugal"),
    TURBINE("توربينية", "Vertical turbine"),
    HAND("يدوية", "Hand pump"),
    NONE("بدون مضخة", "No pump");

    private final String ar;
    private final String en;

    PumpType(String ar, String en) {
        this.ar = ar;
        this.en = en;
    }

    @Override
    public String ar() {
        return ar;
    }

    @Override
    public String en() {
        return en;
    }
}

package org.manhal.well;

import org.manhal.common.Bilingual;

/** What drives a well's pump. */
public enum PowerSource implements Bilingual {
    GRID("الشبكة الكهربائية", "Grid electricity"),
    DIESEL("ديزل", "Diesel"),
    SOLAR("طاقة شمسية", "Solar"),
    NONE("بدون", "None");

    private final String ar;
    private final String en;

    PowerSource(String ar, String en) {
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

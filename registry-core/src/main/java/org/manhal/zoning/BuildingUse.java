package org.manhal.zoning;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/**
 * What a building is for, in the land-use classes of the Omani texts (Muscat LO 23/92 Arts 30–31,
 * MRMWR building regulations; research/domain.md §3.1). A zone rule permits some, allows some on
 * condition (a reviewer decides) and refuses the rest. No official code list was found: these
 * codes are Manhal's.
 */
public enum BuildingUse implements Labelled {

    RESIDENTIAL("سكني", "residential"),
    RESIDENTIAL_COMMERCIAL("سكني تجاري", "residential-commercial"),
    COMMERCIAL("تجاري", "commercial"),
    LIGHT_INDUSTRIAL("صناعي خفيف", "light industrial"),
    HEAVY_INDUSTRIAL("صناعي ثقيل", "heavy industrial"),
    WAREHOUSE("مخازن ومستودعات", "warehouse"),
    WORKERS_HOUSING("سكن عمال", "workers' housing"),
    AGRICULTURAL("زراعي", "agricultural"),
    TOURISM("سياحي", "tourism"),
    PUBLIC_SERVICES("خدمات عامة وحكومية", "public and government services");

    private final Text label;

    BuildingUse(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

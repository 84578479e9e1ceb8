package org.manhal.api.publishing;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/**
 * Who may see a published layer. The security layer (issue 11) maps its roles onto these; until it
 * lands every published route is open, and only {@link #PUBLIC} layers with their public
 * attributes are served.
 */
public enum Audience implements Labelled {
    /** Anyone, signed in or not: the public map, QGIS, a citizen. */
    PUBLIC("الجميع", "Everyone"),
    /** Staff of the ministry (water resources staff, planners, auditors, admins). */
    STAFF("موظفو الوزارة", "Ministry staff");

    private final Text label;

    Audience(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

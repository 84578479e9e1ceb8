package org.manhal.api.geoserver;

import org.manhal.common.Text;

/**
 * GeoServer refused or failed a step of the publication: the text names the step and GeoServer's
 * status (never a password); what was done before it stays done, and a new run continues from there.
 */
public class GeoServerException extends RuntimeException {

    /** Why. */
    public enum Reason {
        UNAUTHORIZED, FAILED, UNREACHABLE
    }

    private final Reason reason;
    private final Text text;
    private final int geoServerStatus;

    GeoServerException(Reason reason, Text text, int geoServerStatus) {
        super(text.en());
        this.reason = reason;
        this.text = text;
        this.geoServerStatus = geoServerStatus;
    }

    public Reason reason() {
        return reason;
    }

    public Text text() {
        return text;
    }

    /** GeoServer's HTTP status, 0 when it did not answer. */
    public int geoServerStatus() {
        return geoServerStatus;
    }
}

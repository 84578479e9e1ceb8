package org.manhal.permit;

import java.time.LocalDate;
import java.time.ZoneId;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/**
 * Where a permit stands on a given day. Never stored: {@link #VALID} or {@link #EXPIRED} follows
 * from the expiry date and the day in Oman's time zone, {@link #REVOKED} from the revocation, so
 * that no answer is stale the day after a permit expires.
 */
public enum PermitStatus implements Labelled {

    /** Issued, not revoked, and the day is on or before the expiry date. */
    VALID("ساري", "Valid"),
    /** Not revoked, and the day is after the expiry date (a permit is valid through its expiry date). */
    EXPIRED("منتهي الصلاحية", "Expired"),
    /** Revoked by the ministry, whatever the dates say. */
    REVOKED("ملغى", "Revoked");

    /** The days of a permit are Oman's. */
    public static final ZoneId OMAN = ZoneId.of("Asia/Muscat");

    private final Text label;

    PermitStatus(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }

    /**
     * The status on {@code day} of a permit valid through {@code expiresOn}.
     *
     * @param revoked whether it was revoked
     */
    public static PermitStatus on(LocalDate day, LocalDate expiresOn, boolean revoked) {
        if (revoked) {
            return REVOKED;
        }
        return day.isAfter(expiresOn) ? EXPIRED : VALID;
    }
}

package org.manhal.permit;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/**
 * Where an application stands. {@link #REJECTED}, {@link #WITHDRAWN} and {@link #REVOKED} are
 * final; {@link #APPROVED} leads on only to {@link #REVOKED}; the steps between the others are the
 * {@link Transition}s.
 */
public enum ApplicationStatus implements Labelled {

    /** Filed (or filed again after more information was asked for), waiting for a reviewer. */
    SUBMITTED("مقدَّم", "Submitted"),
    /** A reviewer is examining it. */
    UNDER_REVIEW("قيد الدراسة", "Under review"),
    /** The reviewer asked the applicant for more information; the applicant resubmits. */
    MORE_INFORMATION_REQUESTED("مطلوب معلومات إضافية", "More information requested"),
    /** Decided: granted. */
    APPROVED("موافق عليه", "Approved"),
    /** Decided: refused. */
    REJECTED("مرفوض", "Rejected"),
    /** The applicant withdrew it before a decision. */
    WITHDRAWN("مسحوب", "Withdrawn"),
    /** Its permit was revoked by the ministry after approval ({@link Transition#REVOKE}). */
    REVOKED("أُلغي التصريح", "Permit revoked");

    private final Text label;

    ApplicationStatus(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }

    /** Whether no step leads on from here. */
    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN || this == REVOKED;
    }
}

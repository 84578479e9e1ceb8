package org.manhal.permit;

import org.manhal.common.Text;
import org.manhal.spacing.SpacingCheck;

/**
 * A well permit whose spacing verdict at decision time is {@code NEEDS_REVIEW} on real data was to
 * be approved without the reviewer acknowledging the findings ({@code reviewedFindings: true} and a
 * reason of at least {@link Applications#MIN_REVIEWED_REASON} characters). Nothing was written:
 * the application stays under review.
 */
public class ReviewAcknowledgementRequiredException extends RuntimeException {

    private final String reference;
    private final SpacingCheck check;

    public ReviewAcknowledgementRequiredException(String reference, SpacingCheck check) {
        super("approval of " + reference + " needs the reviewer's acknowledgement of a NEEDS_REVIEW verdict");
        this.reference = reference;
        this.check = check;
    }

    public String reference() {
        return reference;
    }

    /** The spacing check made at decision time. */
    public SpacingCheck check() {
        return check;
    }

    public Text text() {
        return new Text("حكم التباعد للطلب " + reference + " عند القرار «يحتاج مراجعة»: لا تصح الموافقة إلا بإقرار المراجع"
                        + " بأنه راجع الملاحظات (reviewedFindings: true) مع سبب لا يقل عن " + Applications.MIN_REVIEWED_REASON
                        + " حرفًا. انظر verdict.",
                "The spacing verdict of application " + reference + " at decision time is NEEDS_REVIEW: it can only be"
                        + " approved with the reviewer's acknowledgement of the findings (reviewedFindings: true) and a reason"
                        + " of at least " + Applications.MIN_REVIEWED_REASON + " characters. See verdict.");
    }
}

package org.manhal.permit;

import org.manhal.common.Text;
import org.manhal.spacing.SpacingCheck;

/**
 * The rules re-checked at decision time do not allow the approval (a well permitted meanwhile
 * now stands too close, a protection zone): the application stays under review, the reviewer
 * rejects it or it waits for the conflict to go. Nothing was written.
 */
public class ApprovalRefusedException extends RuntimeException {

    private final String reference;
    private final SpacingCheck check;

    public ApprovalRefusedException(String reference, SpacingCheck check) {
        super("approval of " + reference + " refused: verdict " + check.verdict().status());
        this.reference = reference;
        this.check = check;
    }

    public String reference() {
        return reference;
    }

    /** The check made at decision time. */
    public SpacingCheck check() {
        return check;
    }

    public Text text() {
        if (check.basedOnSample()) {
            return new Text("لا تصح الموافقة على الطلب " + reference + ": " + SpacingCheck.SAMPLE_NOTICE.ar(),
                    "Application " + reference + " cannot be approved: " + SpacingCheck.SAMPLE_NOTICE.en());
        }
        return new Text("لا تسمح قواعد التباعد والحماية، كما فُحصت عند القرار، بالموافقة على الطلب " + reference
                        + " (الحكم " + check.verdict().status() + "). انظر verdict.",
                "The spacing and protection rules, checked at decision time, do not allow approving application "
                        + reference + " (verdict " + check.verdict().status() + "). See verdict.");
    }
}

package org.manhal.permit;

import org.manhal.common.Text;
import org.manhal.spacing.SpacingCheck;
import org.manhal.zoning.ZoningVerdict;

/**
 * The rules re-checked at decision time do not allow the approval (a well permitted meanwhile
 * now stands too close, a protection zone): the application stays under review, the reviewer
 * rejects it or it waits for the conflict to go. For a building permit, the zoning check at
 * decision time. Nothing was written.
 */
public class ApprovalRefusedException extends RuntimeException {

    private final String reference;
    private final SpacingCheck check;
    private final ZoningVerdict zoningVerdict;

    public ApprovalRefusedException(String reference, SpacingCheck check) {
        super("approval of " + reference + " refused: verdict " + check.verdict().status());
        this.reference = reference;
        this.check = check;
        this.zoningVerdict = null;
    }

    /** A building permit the zoning check at decision time does not allow. */
    public ApprovalRefusedException(String reference, ZoningVerdict verdict) {
        super("approval of " + reference + " refused: zoning verdict " + verdict.status());
        this.reference = reference;
        this.check = null;
        this.zoningVerdict = verdict;
    }

    /** The zoning check made at decision time (building permits), or null. */
    public ZoningVerdict zoningVerdict() {
        return zoningVerdict;
    }

    public String reference() {
        return reference;
    }

    /** The spacing check made at decision time (well permits), or null. */
    public SpacingCheck check() {
        return check;
    }

    public Text text() {
        if (zoningVerdict != null) {
            return zoningVerdict.basedOnSample()
                    ? new Text("لا تصح الموافقة على الطلب " + reference + ": " + ZoningVerdict.SAMPLE_NOTICE.ar(),
                            "Application " + reference + " cannot be approved: " + ZoningVerdict.SAMPLE_NOTICE.en())
                    : new Text("لا تسمح قواعد التنظيم العمراني، كما فُحصت عند القرار، بالموافقة على الطلب " + reference
                            + " (الحكم " + zoningVerdict.status() + "). انظر verdict.",
                            "The zoning rules, checked at decision time, do not allow approving application " + reference
                                    + " (verdict " + zoningVerdict.status() + "). See verdict.");
        }
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

package org.manhal.permit;

import org.manhal.common.Text;

/** A permit step (naming a contractor, reporting completion) on an application that is not approved. */
public class NotApprovedException extends RuntimeException {

    private final String reference;
    private final ApplicationStatus status;

    public NotApprovedException(String reference, ApplicationStatus status) {
        super(reference + " is " + status + ", not APPROVED");
        this.reference = reference;
        this.status = status;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Text text() {
        return new Text("الطلب " + reference + " غير موافق عليه (حالته «" + status.ar() + "»): لا تصريح بعد يُسند إلى مقاول أو يُبلَّغ عن إنجازه.",
                "Application " + reference + " is not approved (it is " + status + "): there is no permit yet to assign "
                        + "a contractor to or to report completion on.");
    }
}

package org.manhal.permit;

import java.util.EnumSet;
import java.util.Set;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/**
 * A step of the workflow: from which statuses it may be taken and where it leads. The only place
 * the workflow is written down; {@link Applications} takes no step this table does not allow.
 *
 * <pre>
 *   SUBMIT ──► SUBMITTED ──START_REVIEW──► UNDER_REVIEW ──APPROVE──► APPROVED
 *                 ▲                          │    └─────REJECT───► REJECTED
 *                 │                 REQUEST_INFORMATION
 *              RESUBMIT                      ▼
 *                 └──────────── MORE_INFORMATION_REQUESTED
 *   WITHDRAW: from SUBMITTED, UNDER_REVIEW or MORE_INFORMATION_REQUESTED ──► WITHDRAWN
 *   REVOKE:   APPROVED ──► REVOKED (the permit is withdrawn by the ministry; {@link Permits})
 * </pre>
 */
public enum Transition implements Labelled {

    START_REVIEW("بدء الدراسة", "Start review", EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.UNDER_REVIEW),
    REQUEST_INFORMATION("طلب معلومات إضافية", "Request more information",
            EnumSet.of(ApplicationStatus.UNDER_REVIEW), ApplicationStatus.MORE_INFORMATION_REQUESTED),
    RESUBMIT("إعادة التقديم", "Resubmit",
            EnumSet.of(ApplicationStatus.MORE_INFORMATION_REQUESTED), ApplicationStatus.SUBMITTED),
    WITHDRAW("سحب الطلب", "Withdraw", EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.MORE_INFORMATION_REQUESTED), ApplicationStatus.WITHDRAWN),
    APPROVE("الموافقة", "Approve", EnumSet.of(ApplicationStatus.UNDER_REVIEW), ApplicationStatus.APPROVED),
    REJECT("الرفض", "Reject", EnumSet.of(ApplicationStatus.UNDER_REVIEW), ApplicationStatus.REJECTED),
    REVOKE("إلغاء التصريح", "Revoke the permit", EnumSet.of(ApplicationStatus.APPROVED), ApplicationStatus.REVOKED);

    private final Text label;
    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;

    Transition(String ar, String en, Set<ApplicationStatus> from, ApplicationStatus to) {
        this.label = new Text(ar, en);
        this.from = from;
        this.to = to;
    }

    @Override
    public Text label() {
        return label;
    }

    /** Whether this step may be taken from {@code status}. */
    public boolean allowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    /** The statuses this step may be taken from. */
    public Set<ApplicationStatus> from() {
        return EnumSet.copyOf(from);
    }

    /** The status it leads to. */
    public ApplicationStatus to() {
        return to;
    }

    /** Whether the step needs a stated reason (kept on the timeline). */
    public boolean needsReason() {
        return this == REQUEST_INFORMATION || this == REJECT || this == APPROVE || this == REVOKE;
    }
}

package org.manhal.permit;

import java.util.stream.Collectors;

import org.manhal.common.Text;

/**
 * A workflow step that the application's status does not allow (approving a withdrawn one,
 * withdrawing a decided one). Nothing was written.
 */
public class IllegalTransitionException extends RuntimeException {

    private final String reference;
    private final ApplicationStatus status;
    private final Transition transition;

    public IllegalTransitionException(String reference, ApplicationStatus status, Transition transition) {
        super(transition + " is not allowed from " + status);
        this.reference = reference;
        this.status = status;
        this.transition = transition;
    }

    public String reference() {
        return reference;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Transition transition() {
        return transition;
    }

    /** What a person reads. */
    public Text text() {
        String fromEn = transition.from().stream().map(Enum::name).collect(Collectors.joining(", "));
        String fromAr = transition.from().stream().map(ApplicationStatus::ar).collect(Collectors.joining("، "));
        return new Text("لا يمكن تنفيذ «" + transition.ar() + "» على الطلب " + reference + " وحالته «" + status.ar()
                        + "». تجوز هذه الخطوة من الحالات: " + fromAr + ".",
                "'" + transition.en() + "' is not possible for application " + reference + " while it is " + status
                        + ". This step is possible from: " + fromEn + ".");
    }
}

package org.manhal.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The workflow table: what leads where, and that nothing leads on from a final status. */
class TransitionUnitTests {

    @Test
    void nothingLeadsOnFromAFinalStatus() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            boolean anyStep = EnumSet.allOf(Transition.class).stream().anyMatch(t -> t.allowedFrom(s));
            assertThat(anyStep).as("%s", s).isEqualTo(!s.isFinal());
        }
    }

    @Test
    void decisionsAreTakenOnlyUnderReviewAndWithdrawalOnlyBeforeADecision() {
        assertThat(Transition.APPROVE.from()).containsExactly(ApplicationStatus.UNDER_REVIEW);
        assertThat(Transition.REJECT.from()).containsExactly(ApplicationStatus.UNDER_REVIEW);
        assertThat(Transition.WITHDRAW.from()).containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED,
                ApplicationStatus.UNDER_REVIEW, ApplicationStatus.MORE_INFORMATION_REQUESTED);
        assertThat(Transition.RESUBMIT.to()).isEqualTo(ApplicationStatus.SUBMITTED);
    }
}

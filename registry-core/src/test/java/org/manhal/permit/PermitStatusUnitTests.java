package org.manhal.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.manhal.application.ApplicationType;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Text;

/** A permit's status from its dates, the validity per type, and the checks of a decision's conditions. */
class PermitStatusUnitTests {

    static final LocalDate EXPIRES = LocalDate.of(2027, 12, 2);

    @Test
    void aPermitIsValidThroughItsExpiryDateAndExpiredTheDayAfter() {
        assertThat(PermitStatus.on(EXPIRES.minusDays(1), EXPIRES, false)).isEqualTo(PermitStatus.VALID);
        assertThat(PermitStatus.on(EXPIRES, EXPIRES, false)).isEqualTo(PermitStatus.VALID);
        assertThat(PermitStatus.on(EXPIRES.plusDays(1), EXPIRES, false)).isEqualTo(PermitStatus.EXPIRED);
    }

    @Test
    void aRevokedPermitIsRevokedWhateverItsDates() {
        assertThat(PermitStatus.on(EXPIRES.minusYears(1), EXPIRES, true)).isEqualTo(PermitStatus.REVOKED);
        assertThat(PermitStatus.on(EXPIRES.plusYears(1), EXPIRES, true)).isEqualTo(PermitStatus.REVOKED);
    }

    @Test
    void eachTypeHasItsOwnValidity() {
        PermitValidity v = new PermitValidity(Period.ofYears(1), Period.ofMonths(6), Period.ofYears(1), Period.ofYears(5),
                Period.ofYears(2));
        assertThat(v.of(ApplicationType.BUILDING_PERMIT)).isEqualTo(Period.ofYears(2));
        assertThat(v.of(ApplicationType.WELL_DEEPENING)).isEqualTo(Period.ofMonths(6));
        assertThat(v.of(ApplicationType.WELL_REGISTRATION)).isEqualTo(Period.ofYears(5));
    }

    @Test
    void everyConditionIsInBothLanguagesAndNotTooLong() {
        assertThat(Permits.checkConditions(List.of(new Text(" شرط ", " A condition ")))).containsExactly(new Text("شرط", "A condition"));
        assertThat(Permits.checkConditions(null)).isEmpty();
        assertThatThrownBy(() -> Permits.checkConditions(List.of(new Text("شرط", " "))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("conditions[0].en"));
        assertThatThrownBy(() -> Permits.checkConditions(List.of(new Text("x".repeat(Permits.MAX_CONDITION_LENGTH + 1), "x"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("TOO_LONG"));
        assertThatThrownBy(() -> Permits.checkConditions(Collections.nCopies(Permits.MAX_CONDITIONS + 1, new Text("ش", "c"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("TOO_MANY"));
    }
}

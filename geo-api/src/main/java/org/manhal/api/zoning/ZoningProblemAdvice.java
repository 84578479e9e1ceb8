package org.manhal.api.zoning;

import org.manhal.api.problem.Problems;
import org.manhal.common.Text;
import org.manhal.zoning.StaleZoneRuleException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The zoning module's own failure: a stale zone rule version is 412, as a stale spacing rule is.
 * Ordered before the general advice, whose catch-all would otherwise answer it with a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ZoningProblemAdvice {

    @ExceptionHandler(StaleZoneRuleException.class)
    ProblemDetail staleRule(StaleZoneRuleException e) {
        ProblemDetail p = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                new Text("تغيّر المورد منذ قراءته", "Changed since read"), e.text());
        p.setProperty("currentVersion", e.currentVersion());
        return p;
    }
}

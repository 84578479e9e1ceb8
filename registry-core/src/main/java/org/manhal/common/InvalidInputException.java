package org.manhal.common;

import java.util.List;

/**
 * Input that breaks one or more rules of the domain. Carries every violation found, not only the
 * first, so that a person can correct them all at once. Nothing has been written when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).message().en());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}

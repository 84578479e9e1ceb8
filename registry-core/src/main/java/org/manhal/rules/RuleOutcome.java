package org.manhal.rules;

/** What a violated {@link SpacingRule} means for the application. */
public enum RuleOutcome {

    /** The application must be refused: the verdict is {@link VerdictStatus#FAIL}. */
    REJECT,

    /** A reviewer must decide (hearing, study, licence of another body): {@link VerdictStatus#NEEDS_REVIEW}. */
    NEEDS_REVIEW,

    /** Recorded and shown, but does not change a passing verdict. */
    WARN
}

package org.manhal.rules;

/** The overall result of a rule check, serialised as {@code "verdict"} in the API. */
public enum VerdictStatus {

    /** No finding, or only {@link RuleOutcome#WARN} findings. */
    PASS,

    /** At least one {@link RuleOutcome#REJECT} finding. */
    FAIL,

    /** No {@link RuleOutcome#REJECT} finding, but at least one {@link RuleOutcome#NEEDS_REVIEW}. */
    NEEDS_REVIEW
}

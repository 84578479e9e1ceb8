package org.manhal.permit;

/** A step on an approved permit's timeline that keeps its status. */
public enum PermitStep {
    /** A licensed drilling contractor was named on the permit. */
    ASSIGN_CONTRACTOR,
    /** The contractor reported the completed well. */
    REPORT_COMPLETION
}

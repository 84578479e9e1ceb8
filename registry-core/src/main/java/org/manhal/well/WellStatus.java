package org.manhal.well;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/**
 * The state of a well, after the GroundWaterML 2 status vocabulary (gwWellStatus), with the
 * changes of state that make sense in the field: a backfilled well never becomes active again, an
 * abandoned well can only be backfilled or licensed again for re-use, an illegal well is either
 * regularised (permitted) or closed.
 */
public enum WellStatus implements Labelled {
    PROPOSED("مقترحة", "Proposed"),
    PERMITTED("مرخصة", "Permitted"),
    ACTIVE("عاملة", "Active"),
    STANDBY("احتياطية", "Standby"),
    NOT_IN_USE("غير مستخدمة", "Not in use"),
    DEEPENED("معمقة", "Deepened"),
    ABANDONED("مهجورة", "Abandoned"),
    BACKFILLED("مردومة", "Backfilled"),
    ILLEGAL_DETECTED("غير مرخصة (مرصودة)", "Illegal (detected)");

    private static final Map<WellStatus, Set<WellStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(PERMITTED, ABANDONED),
            PERMITTED, EnumSet.of(ACTIVE, STANDBY, NOT_IN_USE, ABANDONED),
            ACTIVE, EnumSet.of(STANDBY, NOT_IN_USE, DEEPENED, ABANDONED),
            STANDBY, EnumSet.of(ACTIVE, NOT_IN_USE, DEEPENED, ABANDONED),
            NOT_IN_USE, EnumSet.of(ACTIVE, STANDBY, DEEPENED, ABANDONED, BACKFILLED),
            DEEPENED, EnumSet.of(ACTIVE, STANDBY, NOT_IN_USE, ABANDONED),
            ABANDONED, EnumSet.of(BACKFILLED, PERMITTED),
            BACKFILLED, EnumSet.noneOf(WellStatus.class),
            ILLEGAL_DETECTED, EnumSet.of(PERMITTED, ABANDONED, BACKFILLED));

    private final Text label;

    /** Whether a well in this status may be put in {@code next} (staying in the same status always may). */
    public boolean canBecome(WellStatus next) {
        return next == this || NEXT.get(this).contains(next);
    }

    /** The statuses this one may change to. */
    public Set<WellStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    WellStatus(String ar, String en) {
        this.label = new Text(ar, en);
    }

    @Override
    public Text label() {
        return label;
    }
}

package org.manhal.well;

import org.manhal.common.Text;

/**
 * A write based on an old version of a well: somebody else changed it since the caller read it.
 * The caller must read it again, and decide again.
 */
public class StaleWellException extends RuntimeException {

    private final Text text;
    private final long currentVersion;

    public StaleWellException(WellId id, long expectedVersion, long currentVersion) {
        super("well " + id + " is at version " + currentVersion + ", not " + expectedVersion);
        this.currentVersion = currentVersion;
        this.text = new Text(
                "تغيّرت البئر " + id + " منذ قراءتها (الإصدار الحالي " + currentVersion + " وليس " + expectedVersion + "). أعد قراءتها ثم عدّلها.",
                "Well " + id + " has changed since you read it (it is at version " + currentVersion + ", not " + expectedVersion + "). Read it again, then retry.");
    }

    public Text text() {
        return text;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

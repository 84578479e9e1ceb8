package org.manhal.spacing;

import org.manhal.common.Text;

/**
 * A rule change based on an old version of the rule: somebody else changed it since the caller
 * read it. The caller must read it again, and decide again.
 */
public class StaleRuleException extends RuntimeException {

    private final Text text;
    private final long currentVersion;

    public StaleRuleException(String id, long expectedVersion, long currentVersion) {
        super("spacing rule " + id + " is at version " + currentVersion + ", not " + expectedVersion);
        this.currentVersion = currentVersion;
        this.text = new Text(
                "تغيّرت القاعدة " + id + " منذ قراءتها (الإصدار الحالي " + currentVersion + " وليس " + expectedVersion
                        + "). أعد قراءتها ثم عدّلها.",
                "Rule " + id + " has changed since you read it (it is at version " + currentVersion + ", not "
                        + expectedVersion + "). Read it again, then retry.");
    }

    public Text text() {
        return text;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

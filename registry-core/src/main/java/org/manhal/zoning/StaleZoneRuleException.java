package org.manhal.zoning;

import org.manhal.common.Text;

/** A zone rule change based on an old version: somebody changed the rule since the caller read it. */
public class StaleZoneRuleException extends RuntimeException {

    private final Text text;
    private final long currentVersion;

    public StaleZoneRuleException(String code, long expectedVersion, long currentVersion) {
        this(new Text("قاعدة المنطقة " + code, "Zone rule " + code), expectedVersion, currentVersion);
    }

    /** @param rule what changed, e.g. "Zone rule R1" or a protection distance */
    public StaleZoneRuleException(Text rule, long expectedVersion, long currentVersion) {
        super(rule.en() + " is at version " + currentVersion + ", not " + expectedVersion);
        this.currentVersion = currentVersion;
        this.text = new Text(
                "تغيّرت " + rule.ar() + " منذ قراءتها (الإصدار الحالي " + currentVersion + " وليس "
                        + expectedVersion + "). أعد قراءتها ثم عدّلها.",
                rule.en() + " has changed since you read it (it is at version " + currentVersion + ", not "
                        + expectedVersion + "). Read it again, then retry.");
    }

    public Text text() {
        return text;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

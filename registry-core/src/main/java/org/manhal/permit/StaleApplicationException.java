package org.manhal.permit;

import org.manhal.common.Text;

/** A step based on an old version of the application (If-Match): someone acted on it meanwhile. */
public class StaleApplicationException extends RuntimeException {

    private final long currentVersion;
    private final Text text;

    public StaleApplicationException(String reference, long expected, long currentVersion) {
        super("application " + reference + " is at version " + currentVersion + ", not " + expected);
        this.currentVersion = currentVersion;
        this.text = new Text("تغيّر الطلب " + reference + " منذ قراءته (النسخة الحالية " + currentVersion + "، لا " + expected
                        + "). اقرأه من جديد ثم أعد الخطوة.",
                "Application " + reference + " changed since it was read (now version " + currentVersion + ", not "
                        + expected + "). Read it again, then retry the step.");
    }

    public long currentVersion() {
        return currentVersion;
    }

    public Text text() {
        return text;
    }
}

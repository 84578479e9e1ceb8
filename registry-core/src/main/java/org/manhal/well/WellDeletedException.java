package org.manhal.well;

import java.time.Instant;

import org.manhal.common.Text;

/** The well existed but was deleted from the registry; its history remains. */
public class WellDeletedException extends RuntimeException {

    private final Text text;

    public WellDeletedException(WellId id, Instant deletedAt, String reason) {
        super("well " + id + " was deleted at " + deletedAt);
        this.text = new Text(
                "حُذفت البئر " + id + " من السجل في " + deletedAt + (reason == null ? "" : "، السبب: " + reason) + ".",
                "Well " + id + " was deleted from the registry at " + deletedAt + (reason == null ? "" : ", reason: " + reason) + ".");
    }

    public Text text() {
        return text;
    }
}

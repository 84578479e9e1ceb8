package org.manhal.imports;

import org.manhal.common.Text;

/** Every import slot and queue place is taken: the client should retry later (503). */
public class ImportBusyException extends RuntimeException {

    private final Text text;

    public ImportBusyException(Text text) {
        super(text.en());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}

package org.manhal.common;

/**
 * The actor may not do this here: a write outside the governorates its account is limited to
 * (a 403 {@code outside-scope} problem in the API). Nothing has been written when it is thrown.
 */
public class OutsideScopeException extends RuntimeException {

    private final Text text;

    public OutsideScopeException(Text text) {
        super(text.en());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}

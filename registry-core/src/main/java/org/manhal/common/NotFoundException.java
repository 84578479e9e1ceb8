package org.manhal.common;

/**
 * A resource that does not exist (or that the caller may not know exists).
 */
public class NotFoundException extends RuntimeException {

    private final Text text;

    public NotFoundException(Text text) {
        super(text.en());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}

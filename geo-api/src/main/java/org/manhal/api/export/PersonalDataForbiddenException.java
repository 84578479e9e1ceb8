package org.manhal.api.export;

import org.manhal.common.Text;

/** The caller asked for personal data it may not see (403). */
public class PersonalDataForbiddenException extends RuntimeException {

    private final Text text;

    public PersonalDataForbiddenException(Text text) {
        super(text.en());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}

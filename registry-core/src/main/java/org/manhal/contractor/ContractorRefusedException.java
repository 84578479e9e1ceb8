package org.manhal.contractor;

import org.manhal.common.Text;

/**
 * A contractor step the rules refuse: naming a suspended or expired contractor, a report by
 * another contractor than the one named, a second report, a permit without a contractor. Nothing
 * was written. The code says which.
 */
public class ContractorRefusedException extends RuntimeException {

    private final String code;
    private final Text text;

    public ContractorRefusedException(String code, Text text) {
        super(text.en());
        this.code = code;
        this.text = text;
    }

    /** {@code CONTRACTOR_NOT_ALLOWED}, {@code NOT_THE_NAMED_CONTRACTOR}, {@code NO_CONTRACTOR}, {@code ALREADY_REPORTED}, {@code NO_WELL_TO_COMPLETE}. */
    public String code() {
        return code;
    }

    public Text text() {
        return text;
    }
}

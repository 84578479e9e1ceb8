package org.manhal.data.admin;

/**
 * Thrown when a bundled boundary or name resource is missing or does not match the others, for
 * example a wilayat polygon without a row in {@code wilayats.csv}. It means the module was built
 * from inconsistent data, so it is never caught to carry on with partial boundaries.
 */
public class AdminDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AdminDataException(String message) {
        super(message);
    }

    public AdminDataException(String message, Throwable cause) {
        super(message, cause);
    }
}

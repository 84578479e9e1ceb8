package org.manhal.well;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registry number of the registry's own form, {@code W-<gov>-<year>-<serial>}
 * ({@code W-MA-2025-000123}): the governorate's ISO 3166-2 code without its {@code OM-} prefix, the
 * year of registration (Oman's time) and the serial within governorate and year, at least six
 * digits. Legacy numbers kept from imported files may have any other form.
 *
 * <p>The numbers are made in the database, by the SQL function {@code format_registry_number}
 * (migration V10), which both {@code next_registry_number} (a single registration) and the bulk
 * import call; the form is read here, by {@link #PATTERN}, whose text the import also binds into
 * its SQL. {@code RegistryNumberIntegrationTests} checks that what the function makes this class
 * reads back, so that the two cannot drift apart again (V6 widened the serial once).
 *
 * @param governorateCode the governorate's code, {@code OM-MA}
 * @param year the year of registration
 * @param serial the serial within governorate and year, from 1
 */
public record RegistryNumber(String governorateCode, int year, long serial) {

    /** The country prefix that the governorate codes carry and registry numbers leave out. */
    public static final String GOVERNORATE_CODE_PREFIX = "OM-";

    /**
     * The registry's own form; groups: governorate (without {@code OM-}), year, serial. Written so
     * that it means the same as a Java regex and as a PostgreSQL one ({@code regexp_match}).
     */
    public static final String REGEX = "^W-([A-Z]{2,3})-([0-9]{4})-([0-9]{1,9})$";

    public static final Pattern PATTERN = Pattern.compile(REGEX);

    public RegistryNumber {
        Objects.requireNonNull(governorateCode, "governorateCode");
    }

    /** The number, if {@code text} has the registry's own form. */
    public static Optional<RegistryNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PATTERN.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RegistryNumber(GOVERNORATE_CODE_PREFIX + m.group(1), Integer.parseInt(m.group(2)),
                Long.parseLong(m.group(3))));
    }
}

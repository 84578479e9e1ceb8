package org.manhal.permit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.manhal.common.InvalidInputException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.manhal.permit.internal.PermitRows;
import org.springframework.stereotype.Service;

/**
 * The one write door of permits: the permit an approval issues and its revocation, both taken by
 * {@link Applications} inside the approval's or the revocation's own transaction (so a permit
 * exists exactly when its application is or was approved); and the public verification.
 *
 * <p>Guarantees: one permit per approved application, valid from the day of the approval (Oman's)
 * through that day plus its type's validity ({@link PermitValidity}) less one day; its number is
 * the application's reference and a random check group of {@value #CHECK_LENGTH} Crockford base-32
 * characters (30 bits), so that the public verification cannot be walked through the serial
 * references; its status is derived on every read ({@link PermitStatus}), never stored.
 */
@Service
public class Permits {

    /** The check group's length: 32^6 ≈ 10^9 numbers to try per permit. */
    static final int CHECK_LENGTH = 6;
    /** The most conditions a decision may set, and the longest a condition may be in either language. */
    public static final int MAX_CONDITIONS = 30;
    public static final int MAX_CONDITION_LENGTH = 1000;
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final PermitRows rows;
    private final PermitValidity validity;
    private final Clock clock = Clock.system(PermitStatus.OMAN);
    private final SecureRandom random = new SecureRandom();

    Permits(PermitRows rows, PermitValidity validity) {
        this.rows = rows;
        this.validity = validity;
    }

    /**
     * What anyone holding the number may see of the permit, its status as of today.
     *
     * @throws PermitNotFoundException for an unknown number (an application's reference alone is not one)
     */
    public PublicPermit verify(String number) {
        if (number == null || number.length() > 60) {
            throw new PermitNotFoundException(number);
        }
        return rows.publicPermit(number.strip().toUpperCase(Locale.ROOT), LocalDate.now(clock))
                .orElseThrow(() -> new PermitNotFoundException(number));
    }

    /**
     * The application reference of the permit with this number, or {@code key} itself when no
     * permit has that number (staff routes take either: a reference without a permit is then the
     * workflow's to refuse, as not approved).
     */
    public String referenceOf(String key) {
        return rows.byNumberOrReference(key).map(PermitRows.Issued::reference).orElse(key);
    }

    /** The number of the permit issued to the application with this reference, or null (none yet). */
    public String numberOf(String reference) {
        return rows.byNumberOrReference(reference).filter(p -> p.reference().equals(reference))
                .map(PermitRows.Issued::number).orElse(null);
    }

    /**
     * Checks a decision's conditions: at most {@value #MAX_CONDITIONS}, each in Arabic and in
     * English, neither blank nor longer than {@value #MAX_CONDITION_LENGTH} characters.
     */
    public static List<Text> checkConditions(List<Text> conditions) {
        if (conditions == null) {
            return List.of();
        }
        List<Violation> v = new ArrayList<>();
        if (conditions.size() > MAX_CONDITIONS) {
            v.add(Violation.of("conditions", "TOO_MANY", "لا تزيد الشروط على " + MAX_CONDITIONS + " شرطاً.",
                    "A decision sets at most " + MAX_CONDITIONS + " conditions."));
        }
        for (int i = 0; i < conditions.size(); i++) {
            Text c = conditions.get(i);
            language(c.ar(), "conditions[" + i + "].ar", "العربية", "Arabic", v);
            language(c.en(), "conditions[" + i + "].en", "الإنجليزية", "English", v);
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return conditions.stream().map(c -> new Text(c.ar().strip(), c.en().strip())).toList();
    }

    private static void language(String s, String field, String ar, String en, List<Violation> v) {
        if (s == null || s.isBlank()) {
            v.add(Violation.of(field, "REQUIRED", "نص الشرط باللغة " + ar + " مطلوب.", "The condition's " + en + " text is required."));
        } else if (s.length() > MAX_CONDITION_LENGTH) {
            v.add(Violation.of(field, "TOO_LONG", "نص الشرط أطول من " + MAX_CONDITION_LENGTH + " حرف.",
                    "The condition's text is longer than " + MAX_CONDITION_LENGTH + " characters."));
        }
    }

    /** Issues the permit of an application being approved; in the approval's transaction. Returns its number. */
    String issue(Application approved, List<Text> conditions, Instant at) {
        LocalDate from = LocalDate.ofInstant(at, PermitStatus.OMAN);
        LocalDate through = from.plus(validity.of(approved.type())).minusDays(1);
        while (true) {
            String number = approved.reference() + "-" + checkGroup();
            if (rows.insert(approved.id(), number, at, from, through, conditions)) {
                return number;
            }
        }
    }

    /** Revokes the permit of an application being revoked; in the revocation's transaction. Returns its number. */
    String revoke(Application revoked, String reason, String actor, Instant at) {
        // null for an application approved before permits were issued (V53): it has none to mark
        return rows.revoke(revoked.id(), at, actor, reason);
    }

    private String checkGroup() {
        char[] c = new char[CHECK_LENGTH];
        for (int i = 0; i < c.length; i++) {
            c[i] = CROCKFORD[random.nextInt(CROCKFORD.length)];
        }
        return new String(c);
    }
}

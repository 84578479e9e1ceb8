package org.manhal.api.problem;

import java.sql.SQLException;
import java.util.Map;

import org.manhal.common.Violation;

/**
 * The last line of defence for values the validators let through and PostgreSQL refuses: a date
 * beyond its calendar, a number beyond its column, a NUL character in text. The statement failed
 * and its transaction rolled back, so nothing was written: the caller gets a 400 that names the
 * kind of value, never the SQL. Each such answer is a validator to write (the log says which
 * SQLSTATE arrived here).
 */
final class DatabaseRefusal {

    /** SQLSTATEs of class 22 (data exception) that a request's value can cause. */
    private static final Map<String, Violation> REFUSALS = Map.of(
            "22008", refusal("DATE_OUT_OF_RANGE", "تاريخ خارج النطاق الذي يقبله السجل.", "A date is outside the range the registry accepts."),
            "22007", refusal("INVALID_DATE", "تاريخ غير صالح.", "A date is not valid."),
            "22003", refusal("NUMBER_OUT_OF_RANGE", "رقم أكبر أو أصغر مما يقبله السجل.", "A number is larger or smaller than the registry accepts."),
            "22001", refusal("TEXT_TOO_LONG", "نص أطول مما يقبله السجل.", "A text is longer than the registry accepts."),
            "22021", refusal("INVALID_TEXT", "نص فيه حروف لا تُقبل (مثل NUL).", "A text holds characters that are not accepted (such as NUL)."),
            "22P05", refusal("INVALID_TEXT", "نص فيه حروف لا تُقبل (مثل NUL).", "A text holds characters that are not accepted (such as NUL)."),
            "22P02", refusal("INVALID_VALUE", "قيمة بصيغة غير صالحة.", "A value is not in a valid form."));

    private DatabaseRefusal() {
    }

    private static Violation refusal(String code, String ar, String en) {
        return Violation.of("body", code, ar, en);
    }

    /** The violation for a refused value, or null when the failure is not one. */
    static Violation of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && REFUSALS.containsKey(sql.getSQLState())) {
                return REFUSALS.get(sql.getSQLState());
            }
        }
        return null;
    }
}

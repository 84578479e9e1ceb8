package org.manhal.permit;

import org.manhal.common.Text;

/**
 * An idempotency key already used for a different request: the client reused a key (a retry
 * must send the same request). Nothing was written.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    private final String reference;

    public IdempotencyKeyReusedException(String reference) {
        super("idempotency key reused for a different request");
        this.reference = reference;
    }

    /** The application the key belongs to. */
    public String reference() {
        return reference;
    }

    public Text text() {
        return new Text("مفتاح عدم التكرار (Idempotency-Key) استُخدم لطلب مختلف. استخدم مفتاحاً جديداً لكل طلب جديد، "
                        + "وأعد إرسال الطلب نفسه حرفياً عند إعادة المحاولة.",
                "This Idempotency-Key was already used for a different request. Use a new key for each new "
                        + "application, and resend exactly the same request when retrying.");
    }
}

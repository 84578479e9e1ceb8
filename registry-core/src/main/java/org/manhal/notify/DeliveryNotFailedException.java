package org.manhal.notify;

import org.manhal.common.Text;

/** Only a failed delivery is sent again: this one is still pending or was delivered (409). */
public class DeliveryNotFailedException extends RuntimeException {

    private final DeliveryState state;

    public DeliveryNotFailedException(long id, DeliveryState state) {
        super("delivery " + id + " is " + state);
        this.state = state;
    }

    public DeliveryState state() {
        return state;
    }

    public Text text() {
        return state == DeliveryState.DELIVERED
                ? new Text("سُلّم هذا الإشعار: لا يُرسل مرة أخرى.", "This delivery was delivered: it is not sent again.")
                : new Text("هذا الإشعار ما زال قيد الإرسال: يُعاد إرساله تلقائياً.",
                        "This delivery is still pending: it is retried on its own.");
    }
}

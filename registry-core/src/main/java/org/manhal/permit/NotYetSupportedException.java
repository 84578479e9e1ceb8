package org.manhal.permit;

import org.manhal.application.ApplicationType;
import org.manhal.common.Text;

/** An application type the registry does not take yet (building permits, until zoning checks exist). */
public class NotYetSupportedException extends RuntimeException {

    private final ApplicationType type;

    public NotYetSupportedException(ApplicationType type) {
        super(type + " applications are not yet supported");
        this.type = type;
    }

    public Text text() {
        return new Text("طلبات «" + type.labelAr() + "» غير مدعومة بعد: لا تتوفر فحوص التنظيم العمراني في هذا الإصدار.",
                type.labelEn() + " applications are not yet supported: this release has no zoning checks.");
    }
}

package org.manhal.permit;

import org.manhal.common.NotFoundException;
import org.manhal.common.Text;

/** No permit with this number (or, for staff routes, no application with this reference). */
public class PermitNotFoundException extends NotFoundException {

    public PermitNotFoundException(String number) {
        super(new Text("لا يوجد تصريح بالرقم «" + cut(number) + "».",
                "There is no permit with number '" + cut(number) + "'."));
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

package org.manhal.permit;

import org.manhal.common.NotFoundException;
import org.manhal.common.Text;

/**
 * No application with this reference, or (public view) none the caller's access code opens: the
 * two are told in the same words, so that references cannot be probed.
 */
public class ApplicationNotFoundException extends NotFoundException {

    public ApplicationNotFoundException(String reference) {
        super(new Text("لا يوجد طلب بالرقم المرجعي «" + cut(reference) + "» يمكن عرضه.",
                "There is no application with reference '" + cut(reference) + "' that can be shown."));
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

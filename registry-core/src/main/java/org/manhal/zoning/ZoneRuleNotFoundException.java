package org.manhal.zoning;

import org.manhal.common.NotFoundException;
import org.manhal.common.Text;

/** No zone rule has this code. */
public class ZoneRuleNotFoundException extends NotFoundException {

    public ZoneRuleNotFoundException(String code) {
        super(new Text("لا توجد قاعدة للمنطقة " + code + ".", "There is no zone rule " + code + "."));
    }
}

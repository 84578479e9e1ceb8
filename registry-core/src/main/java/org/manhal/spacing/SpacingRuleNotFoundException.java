package org.manhal.spacing;

import org.manhal.common.NotFoundException;
import org.manhal.common.Text;

/** No spacing rule has this id. */
public class SpacingRuleNotFoundException extends NotFoundException {

    public SpacingRuleNotFoundException(String id) {
        super(new Text("لا توجد قاعدة تباعد بالمعرّف " + id + ".", "There is no spacing rule with id " + id + "."));
    }
}

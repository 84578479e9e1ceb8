package org.manhal.well;

import org.manhal.common.NotFoundException;
import org.manhal.common.Text;

/** No well has this id (or it was never visible to the caller). */
public class WellNotFoundException extends NotFoundException {

    public WellNotFoundException(WellId id) {
        super(new Text("لا توجد بئر بالمعرّف " + id + ".", "There is no well with id " + id + "."));
    }
}

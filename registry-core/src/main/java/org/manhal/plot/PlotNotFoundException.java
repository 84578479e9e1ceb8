package org.manhal.plot;

import org.manhal.common.NotFoundException;
import org.manhal.common.Text;

/** No plot has this number in this wilayat. */
public class PlotNotFoundException extends NotFoundException {

    public PlotNotFoundException(PlotKey key) {
        super(new Text("لا توجد قطعة أرض رقمها " + key.plotNumber() + " في الولاية " + key.wilayat() + ".",
                "There is no plot number " + key.plotNumber() + " in wilayat " + key.wilayat() + "."));
    }
}

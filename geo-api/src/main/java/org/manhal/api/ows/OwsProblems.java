package org.manhal.api.ows;

import org.manhal.common.Text;

/** The texts of MapServer's failures, one place for each. */
final class OwsProblems {

    static final Text FAILED_TEXT = new Text("لم يستطع خادم الخرائط إجابة الطلب.", "The map server could not answer the request.");

    private OwsProblems() {
    }

    static MapServerException timeout() {
        return new MapServerException(MapServerException.Kind.TIMEOUT,
                new Text("لم يُجب خادم الخرائط في الوقت المحدد: اطلب مساحة أصغر أو صورة أصغر.",
                        "The map server did not answer in time: ask for a smaller area or image."), "mapserv timed out");
    }

    static MapServerException unreachable(String detail) {
        return new MapServerException(MapServerException.Kind.UNAVAILABLE,
                new Text("تعذّر الوصول إلى خادم الخرائط: أعد المحاولة بعد قليل.", "The map server cannot be reached: retry shortly."),
                detail);
    }
}

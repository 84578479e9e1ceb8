package org.manhal.zoning.internal;

import org.manhal.zoning.ZoningAspect;

/** Which setback a plot edge takes. */
enum EdgeKind {
    FRONT(ZoningAspect.SETBACK_FRONT),
    SIDE(ZoningAspect.SETBACK_SIDE),
    REAR(ZoningAspect.SETBACK_REAR),
    UNIFORM(ZoningAspect.SETBACK_UNIFORM);

    final ZoningAspect aspect;

    EdgeKind(ZoningAspect aspect) {
        this.aspect = aspect;
    }
}

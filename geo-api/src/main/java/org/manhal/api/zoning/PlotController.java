package org.manhal.api.zoning;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.manhal.api.ApiRequests;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.plot.Plot;
import org.manhal.plot.PlotKey;
import org.manhal.plot.Plots;
import org.manhal.well.BoundingBox;
import org.manhal.zoning.Zones;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/**
 * Plots and zones, read-only: {@code GET /api/plots?bbox=} and {@code GET /api/zones?bbox=} (lists
 * never carry an owner), {@code GET /api/plots/{wilayat}/{plotNumber}} (with the owner, personal
 * data: the security layer gates this route).
 */
@RestController
class PlotController {

    private final ApiRequests requests;
    private final Plots plots;
    private final Zones zones;

    PlotController(ApiRequests requests, Plots plots, Zones zones) {
        this.requests = requests;
        this.plots = plots;
        this.zones = zones;
    }

    @GetMapping(path = "/api/plots", produces = {"application/geo+json", "application/json"})
    ObjectNode plots(@RequestParam(required = false) String bbox, @RequestParam(required = false) String limit,
                     @RequestParam(required = false) String offset) {
        List<Violation> violations = new ArrayList<>();
        Envelope box = box(bbox, violations);
        int n = (int) requests.longParam("limit", limit, 1_000, 1, 10_000, violations);
        long skip = requests.longParam("offset", offset, 0, 0, Long.MAX_VALUE / 2, violations);
        throwIfAny(violations);
        return ZoningJson.collection(plots.meeting(box, n, skip).stream().map(p -> ZoningJson.plot(p, null, false)).toList());
    }

    /** The rest of the path is the plot number: land registry numbers are written with '/' (215/3). */
    @GetMapping(path = "/api/plots/{wilayat}/{*plotNumber}", produces = {"application/geo+json", "application/json"})
    ObjectNode plot(@PathVariable String wilayat, @PathVariable String plotNumber) {
        Plot plot = plots.get(new PlotKey(wilayat, plotNumber.replaceFirst("^/", "")));
        return ZoningJson.plot(plot, plots.owner(plot.id()).orElse(null), true);
    }

    @GetMapping(path = "/api/zones", produces = {"application/geo+json", "application/json"})
    ObjectNode zones(@RequestParam(required = false) String bbox, @RequestParam(required = false) String limit,
                     @RequestParam(required = false) String offset) {
        List<Violation> violations = new ArrayList<>();
        Envelope box = box(bbox, violations);
        int n = (int) requests.longParam("limit", limit, 1_000, 1, 10_000, violations);
        long skip = requests.longParam("offset", offset, 0, 0, Long.MAX_VALUE / 2, violations);
        throwIfAny(violations);
        return ZoningJson.collection(zones.meeting(box, n, skip).stream().map(ZoningJson::zone).toList());
    }

    private Envelope box(String bbox, List<Violation> violations) {
        if (bbox == null || bbox.isBlank()) {
            violations.add(Violation.of("bbox", "REQUIRED", "المعامل bbox مطلوب: minLon,minLat,maxLon,maxLat.",
                    "The parameter bbox is required: minLon,minLat,maxLon,maxLat."));
            return null;
        }
        BoundingBox b = requests.bbox(bbox, violations);
        return b == null ? null : new Envelope(b.minLon(), b.maxLon(), b.minLat(), b.maxLat());
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}

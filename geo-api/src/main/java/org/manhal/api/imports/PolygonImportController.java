package org.manhal.api.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.manhal.api.ApiRequests;
import org.manhal.common.Violation;
import org.manhal.imports.ExistingRows;
import org.manhal.imports.ImportFormat;
import org.manhal.imports.ImportKind;
import org.manhal.imports.ImportMode;
import org.manhal.imports.ImportService;
import org.manhal.imports.ImportUpload;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/plots/import} and {@code POST /api/zones/import}: a multipart upload (field
 * {@code file}) of polygons as GeoJSON, GeoPackage or a zipped Shapefile, run as an import job like
 * {@code POST /api/wells/import} (same {@code mode}, {@code format}, {@code crs}, {@code async} and
 * answers), plus {@code existing=reject|replace} (default reject): what a row whose plot or zone is
 * already registered does.
 */
@RestController
class PolygonImportController {

    private final ImportService imports;
    private final JobJson json;
    private final ApiRequests requests;

    PolygonImportController(ImportService imports, JobJson json, ApiRequests requests) {
        this.imports = imports;
        this.json = json;
        this.requests = requests;
    }

    @PostMapping(path = "/api/plots/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ObjectNode> importPlots(@RequestParam(required = false) MultipartFile file,
                                           @RequestParam(required = false) String mode,
                                           @RequestParam(required = false) String format,
                                           @RequestParam(required = false) String crs,
                                           @RequestParam(required = false) String existing,
                                           @RequestParam(required = false) String async) {
        return start(ImportKind.PLOT_IMPORT, file, mode, format, crs, existing, async);
    }

    @PostMapping(path = "/api/zones/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ObjectNode> importZones(@RequestParam(required = false) MultipartFile file,
                                           @RequestParam(required = false) String mode,
                                           @RequestParam(required = false) String format,
                                           @RequestParam(required = false) String crs,
                                           @RequestParam(required = false) String existing,
                                           @RequestParam(required = false) String async) {
        return start(ImportKind.ZONE_IMPORT, file, mode, format, crs, existing, async);
    }

    private ResponseEntity<ObjectNode> start(ImportKind kind, MultipartFile file, String mode, String format, String crs,
                                             String existing, String async) {
        List<Violation> violations = new ArrayList<>();
        ImportMode importMode = WellImportController.mode(mode, violations);
        ImportFormat importFormat = WellImportController.format(format, violations);
        ExistingRows onExisting = existing(existing, violations);
        WellImportController.requireFile(file, violations);
        ImportUpload upload = new ImportUpload(WellImportController.save(file), file.getOriginalFilename(), importFormat,
                importMode, crs, requests.actor(), kind, onExisting);
        return WellImportController.answer(imports, json, upload, async);
    }

    private static ExistingRows existing(String existing, List<Violation> violations) {
        if (existing == null || existing.isBlank()) {
            return ExistingRows.REJECT;
        }
        return ExistingRows.byParameter(existing).orElseGet(() -> {
            violations.add(Violation.unknownValue("existing", existing,
                    Arrays.stream(ExistingRows.values()).map(ExistingRows::parameter).toList()));
            return null;
        });
    }
}

package org.manhal.api.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.manhal.api.ApiRequests;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.imports.ImportFormat;
import org.manhal.imports.ImportJob;
import org.manhal.imports.ImportMode;
import org.manhal.imports.ImportService;
import org.manhal.imports.ImportUpload;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/wells/import}: a multipart upload (field {@code file}) of wells as CSV,
 * GeoJSON, GeoPackage or a zipped Shapefile; {@code mode=all-or-nothing|valid-rows-only}
 * (required), optionally {@code format} (else by file name and content), {@code crs} (the CRS of
 * rows that name none; default WGS 84 lon/lat) and {@code async=true}.
 *
 * <p>A small file (up to {@code manhal.import.sync-max-bytes}) is imported while the request
 * waits: 200 with the finished job and its report. A larger one, or any with {@code async=true},
 * answers 202 at once; the job is at the {@code Location} ({@code GET /api/jobs/{id}}).
 */
@RestController
@RequestMapping("/api/wells/import")
class WellImportController {

    private final ImportService imports;
    private final JobJson json;
    private final ApiRequests requests;

    WellImportController(ImportService imports, JobJson json, ApiRequests requests) {
        this.imports = imports;
        this.json = json;
        this.requests = requests;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ObjectNode> importWells(@RequestParam(required = false) MultipartFile file,
                                           @RequestParam(required = false) String mode,
                                           @RequestParam(required = false) String format,
                                           @RequestParam(required = false) String crs,
                                           @RequestParam(required = false) String async) {
        List<Violation> violations = new ArrayList<>();
        ImportMode importMode = mode(mode, violations);
        ImportFormat importFormat = format(format, violations);
        requireFile(file, violations);
        ImportUpload upload = new ImportUpload(save(file), file.getOriginalFilename(), importFormat, importMode, crs,
                requests.actor());
        return answer(imports, json, upload, async);
    }

    /** Starts the import; 200 with the finished job and its report, or 202 with the job queued. */
    static ResponseEntity<ObjectNode> answer(ImportService imports, JobJson json, ImportUpload upload, String async) {
        ImportJob job = imports.start(upload,
                "true".equals(async) ? ImportService.Completion.BACKGROUND : ImportService.Completion.BY_SIZE);
        URI location = URI.create("/api/jobs/" + job.id());
        if (!job.finished()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(location)
                    .body(json.write(job, List.of(), 0, location.toString()));
        }
        return ResponseEntity.ok().location(location)
                .body(json.write(job, imports.errors(job.id(), 0, JobController.DEFAULT_ERRORS), 0, location.toString()));
    }

    static ImportMode mode(String mode, List<Violation> violations) {
        if (mode == null || mode.isBlank()) {
            violations.add(Violation.of("mode", "REQUIRED",
                    "المعامل mode مطلوب: all-or-nothing (كل الصفوف أو لا شيء) أو valid-rows-only (الصفوف السليمة فقط).",
                    "The parameter mode is required: all-or-nothing or valid-rows-only."));
            return null;
        }
        return ImportMode.byParameter(mode).orElseGet(() -> {
            violations.add(Violation.unknownValue("mode", mode, Arrays.stream(ImportMode.values()).map(ImportMode::parameter).toList()));
            return null;
        });
    }

    static ImportFormat format(String format, List<Violation> violations) {
        if (format == null || format.isBlank()) {
            return null;
        }
        return ImportFormat.byParameter(format).orElseGet(() -> {
            violations.add(Violation.unknownValue("format", format, Arrays.stream(ImportFormat.values()).map(ImportFormat::parameter).toList()));
            return null;
        });
    }

    /** Refuses the request with every violation found, the missing file among them. */
    static void requireFile(MultipartFile file, List<Violation> violations) {
        if (file == null) {
            violations.add(Violation.of("file", "NO_FILE", "أرسل الملف في الحقل file (multipart/form-data).",
                    "Send the file in the multipart field 'file'."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Moves the upload out of the request's reach: the job may outlive the request. */
    static Path save(MultipartFile file) {
        try {
            Path copy = Files.createTempFile("manhal-upload-", ".bin");
            file.transferTo(copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

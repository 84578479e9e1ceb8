package org.manhal.api.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.manhal.api.ApiRequests;
import org.manhal.common.InvalidInputException;
import org.manhal.common.NotFoundException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.manhal.imports.ImportJob;
import org.manhal.imports.ImportService;
import org.manhal.imports.RowError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/jobs/{id}}: a job's status and progress (percent, rows done, errors so far) and,
 * once finished, its report; the rejected rows a page at a time ({@code errorsOffset},
 * {@code errorsLimit}, default {@value #DEFAULT_ERRORS}).
 */
@RestController
@RequestMapping("/api/jobs")
class JobController {

    static final int DEFAULT_ERRORS = 1_000;
    private static final int MAX_ERRORS = 10_000;

    private final ImportService imports;
    private final JobJson json;
    private final ApiRequests requests;

    JobController(ImportService imports, JobJson json, ApiRequests requests) {
        this.imports = imports;
        this.json = json;
        this.requests = requests;
    }

    @GetMapping("/{id}")
    ObjectNode job(@PathVariable String id, @RequestParam(required = false) String errorsOffset,
                   @RequestParam(required = false) String errorsLimit) {
        List<Violation> violations = new ArrayList<>();
        long offset = requests.longParam("errorsOffset", errorsOffset, 0, 0, Long.MAX_VALUE, violations);
        int limit = (int) requests.longParam("errorsLimit", errorsLimit, DEFAULT_ERRORS, 1, MAX_ERRORS, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ImportJob job = uuid(id).flatMap(imports::job).orElseThrow(() -> new NotFoundException(
                new Text("لا توجد مهمة بالمعرّف " + id + ".", "There is no job " + id + ".")));
        List<RowError> errors = job.finished() ? imports.errors(job.id(), offset, limit) : List.of();
        return json.write(job, errors, offset, "/api/jobs/" + job.id());
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

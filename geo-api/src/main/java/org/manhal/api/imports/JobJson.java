package org.manhal.api.imports;

import java.time.Instant;
import java.util.List;

import org.manhal.imports.ImportJob;
import org.manhal.imports.RowError;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An import job as JSON: status and progress, and once finished the report with one entry per
 * error of a rejected row ({@code line}, {@code field}, {@code code}, {@code message},
 * {@code messageAr}), a page at a time.
 */
@Component
class JobJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode write(ImportJob job, List<RowError> errors, long errorsOffset, String selfPath) {
        ObjectNode j = NODES.objectNode();
        j.put("id", job.id().toString());
        j.put("kind", job.kind().name());
        j.put("status", job.status().name());
        j.put("mode", job.mode().parameter());
        j.put("format", job.format().parameter());
        j.put("fileName", job.fileName());
        j.put("phase", job.phase());
        j.put("percent", job.percent());
        j.put("rowsTotal", job.totalRows());
        j.put("rowsDone", job.rowsDone());
        j.put("rowsImported", job.rowsImported());
        j.put("rowsRejected", job.rowsRejected());
        j.put("errorCount", job.errorCount());
        j.put("outcome", job.outcome() == null ? null : job.outcome().name());
        writeFailure(j, job.failure());
        ArrayNode ignored = j.putArray("ignoredColumns");
        job.ignoredColumns().forEach(ignored::add);
        j.put("createdBy", job.createdBy());
        j.put("createdAt", text(job.createdAt()));
        j.put("startedAt", text(job.startedAt()));
        j.put("finishedAt", text(job.finishedAt()));
        if (job.finished()) {
            writeErrors(j, errors, errorsOffset);
        }
        j.putArray("links").addObject().put("rel", "self").put("href", selfPath);
        return j;
    }

    private static void writeFailure(ObjectNode j, ImportJob.Failure failure) {
        if (failure == null) {
            j.putNull("failure");
            return;
        }
        ObjectNode f = j.putObject("failure");
        f.put("code", failure.code());
        f.put("message", failure.message().en());
        f.put("messageAr", failure.message().ar());
        if (failure.errorId() != null) {
            f.put("errorId", failure.errorId());
        }
    }

    private static void writeErrors(ObjectNode j, List<RowError> errors, long offset) {
        j.put("errorsOffset", offset);
        j.put("errorsReturned", errors.size());
        ArrayNode array = j.putArray("errors");
        for (RowError e : errors) {
            ObjectNode o = array.addObject();
            o.put("line", e.line());
            o.put("field", e.field());
            o.put("code", e.code());
            o.put("message", e.message().en());
            o.put("messageAr", e.message().ar());
        }
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}

package org.manhal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.manhal.audit.RequestId;
import org.manhal.common.Actor;
import org.manhal.common.InvalidInputException;
import org.manhal.common.OutsideScopeException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.manhal.crs.InputCrs;
import org.manhal.imports.internal.ImportInstance;
import org.manhal.imports.internal.ImportJobs;
import org.manhal.imports.internal.ImportProperties;
import org.manhal.imports.internal.OgrConversion;
import org.manhal.imports.internal.PlotImporter;
import org.manhal.imports.internal.UploadReader;
import org.manhal.imports.internal.WellImporter;
import org.manhal.imports.internal.ZoneImporter;
import org.manhal.plot.PlotBulkRegistration;
import org.manhal.well.WellBulkRegistration;
import org.manhal.zoning.ZoneBulkRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of wells (CSV, GeoJSON, GeoPackage, zipped Shapefile), and of plots and zones
 * (GeoJSON, GeoPackage, zipped Shapefile), as jobs ({@link ImportKind}). Every row is checked by
 * the rules of a single registration, duplicates included, and either every row, only the valid
 * rows, or nothing is registered, in one transaction, through the bulk door of the module that
 * owns the rows; the report names every rejected row.
 *
 * <p>What makes a file unreadable as a whole (empty, unknown format, no coordinate columns, a zip
 * without a Shapefile) is found before the job is accepted, as an {@link ImportFileException}.
 * Imports run on a bounded pool ({@link ImportProperties#threads()}, with a short queue); when it
 * is full the upload is refused with {@link ImportBusyException} rather than queued without end.
 *
 * <p>Imports survive restarts: a job that was queued or running when its service instance
 * stopped is failed as {@code INTERRUPTED} (nothing of it was written; the same file can be sent
 * again) by the next instance that starts, and by every live instance once a minute, never while
 * a live instance still runs it ({@link #recoverInterrupted()}, see {@link ImportInstance}).
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final DataSource dataSource;
    private final ImportJobs jobs;
    private final ImportProperties properties;
    private final OgrConversion ogr;
    private final WellImporter importer;
    private final PlotImporter plotImporter;
    private final ZoneImporter zoneImporter;
    private final ThreadPoolExecutor executor;
    private final TransactionTemplate tx;
    private final TransactionTemplate progressTx;
    private final ImportInstance instance;
    private final ScheduledExecutorService maintenance;

    /** A service that imports wells, plots and zones, each through its module's (stateless) bulk door. */
    public ImportService(DataSource dataSource, ImportProperties properties, WellBulkRegistration wells,
                         PlatformTransactionManager txManager) {
        this(dataSource, properties, wells, new PlotBulkRegistration(), new ZoneBulkRegistration(), txManager);
    }

    /**
     * @param wells the registry's bulk door for wells, which the valid rows of a well import go through
     * @param plots the door for plots
     * @param zones the door for zoning polygons
     * @param txManager the transactions of {@code dataSource}: an import is one of them, so that
     *        what the registry publishes about it reaches its listeners after the commit
     */
    @Autowired
    public ImportService(DataSource dataSource, ImportProperties properties, WellBulkRegistration wells,
                         PlotBulkRegistration plots, ZoneBulkRegistration zones, PlatformTransactionManager txManager) {
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(txManager);
        // Progress is written beside the import's transaction, not in it, so that it is visible
        // while the import runs (inside it, JdbcClient would join the import's connection).
        this.progressTx = new TransactionTemplate(txManager);
        this.progressTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobs = new ImportJobs(JdbcClient.create(dataSource));
        this.instance = new ImportInstance(dataSource);
        this.maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "well-import-recovery");
            t.setDaemon(true);
            return t;
        });
        this.properties = properties;
        this.ogr = new OgrConversion(properties.gdalTimeout(), properties.maxUncompressedBytes());
        this.importer = new WellImporter(properties.maxStoredErrors(), wells);
        this.plotImporter = new PlotImporter(properties.maxStoredErrors(), plots);
        this.zoneImporter = new ZoneImporter(properties.maxStoredErrors(), zones);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.threads(), properties.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()),
                r -> new Thread(r, "well-import-" + n.incrementAndGet()));
    }

    /** Whether the caller waits for an import to finish. */
    public enum Completion {
        /** Waits for files up to {@link ImportProperties#syncMaxBytes()}, runs larger ones in the background. */
        BY_SIZE,
        WAIT,
        BACKGROUND
    }

    /** Checks the upload and starts its import; answers the job, finished or queued. */
    public ImportJob start(ImportUpload upload, Completion completion) {
        refuseLimitedActor(upload.actor());
        Path work = workDir();
        try {
            Prepared prepared = prepare(upload, work);
            UUID id = UUID.randomUUID();
            instance.ensureHeld();
            jobs.create(id, upload.kind(), upload.mode(), prepared.format(), upload.fileName(), size(upload.file()), upload.actor().name(),
                    instance.id());
            if (completion == Completion.WAIT
                    || completion == Completion.BY_SIZE && size(upload.file()) <= properties.syncMaxBytes()) {
                run(id, upload, prepared, work);
            } else {
                submit(id, upload, prepared, work);
            }
            return job(id).orElseThrow();
        } catch (RuntimeException e) {
            delete(work, upload.file());
            throw e;
        }
    }

    public Optional<ImportJob> job(UUID id) {
        return jobs.find(id);
    }

    /** The rejected rows of a job's report, by line. */
    public List<RowError> errors(UUID id, long offset, int limit) {
        return jobs.errors(id, offset, limit);
    }

    /**
     * At start-up (the schema migrated, the service about to answer): takes this instance's lock,
     * fails the jobs that stopped with their instance ({@link #recoverInterrupted()}), and from then
     * on, once a minute, keeps the lock and the heartbeat of its own jobs and fails those of
     * instances that died meanwhile.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        instance.ensureHeld();
        recoverInterrupted();
        maintenance.scheduleWithFixedDelay(this::maintain, 60, 60, TimeUnit.SECONDS);
    }

    /**
     * Fails, as {@code INTERRUPTED} with a bilingual reason, every job that is {@code QUEUED} or
     * {@code RUNNING} but whose service instance is no longer alive (see {@link ImportInstance}):
     * its transaction was rolled back with its connection, so nothing of it was written, and the
     * same file can be submitted again. Jobs of this instance and of other live instances are left
     * alone.
     *
     * @return how many jobs were failed
     */
    public int recoverInterrupted() {
        return instance.recover();
    }

    /** This service instance's id, as its jobs record it ({@code job.instance_id}). */
    public String instanceId() {
        return instance.id();
    }

    private void maintain() {
        try {
            instance.ensureHeld();
            jobs.heartbeat(instance.id());
            recoverInterrupted();
        } catch (RuntimeException e) {
            log.warn("import job maintenance failed; retrying in a minute", e);
        }
    }

    /**
     * Stops: the imports still waiting will never run here, so they fail as {@code INTERRUPTED}
     * now; a running import is rolled back when its connection closes and is failed by the next
     * recovery (of the next start, or of another instance).
     */
    @PreDestroy
    public void shutdown() {
        maintenance.shutdownNow();
        executor.shutdownNow();
        try {
            jobs.failQueued(instance.id(), ImportInstance.INTERRUPTED_MESSAGE);
        } catch (RuntimeException e) {
            log.warn("could not fail the queued import jobs of {} at shutdown", instance.id(), e);
        }
        instance.close();
    }

    private void submit(UUID id, ImportUpload upload, Prepared prepared, Path work) {
        try {
            String requestId = RequestId.current();  // the audit trail names the request that started the job
            executor.execute(() -> {
                try (RequestId.Binding b = RequestId.bind(requestId)) {
                    run(id, upload, prepared, work);
                }
            });
        } catch (RejectedExecutionException e) {
            jobs.fail(id, "BUSY", busy(), null);
            throw new ImportBusyException(busy());
        }
    }

    private void run(UUID id, ImportUpload upload, Prepared prepared, Path work) {
        if (!jobs.running(id)) {
            log.warn("import job {} is no longer queued (failed as interrupted meanwhile); not started", id);
            delete(work, upload.file());
            return;
        }
        try (UploadReader reader = readable(prepared, work)) {
            reader.readHeader();
            WellImporter.Progress progress = (phase, percent, rows, errors) -> progressTx.executeWithoutResult(
                    s -> jobs.progress(id, phase, percent, rows, errors));
            tx.executeWithoutResult(status -> {
                Connection c = DataSourceUtils.getConnection(dataSource);
                switch (upload.kind()) {
                    case WELL_IMPORT -> importer.run(c, id, reader, upload.mode(), prepared.defaultSrid(), upload.actor(), progress);
                    case PLOT_IMPORT -> plotImporter.run(c, id, reader, upload, prepared.defaultSrid(), progress);
                    case ZONE_IMPORT -> zoneImporter.run(c, id, reader, upload, prepared.defaultSrid(), progress);
                }
            });
        } catch (ImportFileException e) {
            Violation v = e.violations().get(0);
            jobs.fail(id, v.code(), v.message(), null);
        } catch (ImportJobs.JobNoLongerRunningException e) {
            log.warn("import job {} was failed as interrupted while it ran; its import was rolled back", id);
        } catch (Exception e) {
            String errorId = UUID.randomUUID().toString();
            log.error("import job {} failed, error id {}", id, errorId, e);
            jobs.fail(id, "INTERNAL_ERROR", new Text("حدث خطأ غير متوقع؛ لم يُسجَّل شيء. معرّف الخطأ " + errorId + ".",
                    "Something unexpected went wrong; nothing was written. Error id " + errorId + "."), errorId);
        } finally {
            delete(work, upload.file());
        }
    }

    /** The file as CSV or GeoJSON; a GeoPackage or Shapefile is converted by ogr2ogr first. */
    private UploadReader readable(Prepared prepared, Path work) {
        return switch (prepared.format()) {
            case CSV -> UploadReader.csv(prepared.file());
            case GEOJSON -> UploadReader.geoJson(prepared.file());
            case GPKG, SHAPEFILE_ZIP -> UploadReader.geoJson(ogr.toGeoJson(prepared.file(), work));
        };
    }

    /** Everything that can be known about the file before the job: its format and first lines. */
    private Prepared prepare(ImportUpload upload, Path work) {
        int srid = defaultSrid(upload.crs());
        byte[] head = head(upload.file());
        if (head.length == 0) {
            throw new ImportFileException("EMPTY_FILE", "الملف فارغ.", "The file is empty.");
        }
        ImportFormat format = upload.format() != null ? upload.format()
                : ImportFormat.detect(upload.fileName(), head).orElseThrow(ImportService::unknownFormat);
        if (!upload.kind().formats().contains(format)) {
            throw new ImportFileException("NO_POLYGONS_IN_CSV",
                    "قطع الأراضي والمناطق التنظيمية مضلعات لا يحملها ملف CSV: أرسل GeoJSON أو GeoPackage أو ملف أشكال مضغوطاً (zip).",
                    "Plots and zones are polygons, which a CSV file does not carry: send GeoJSON, GeoPackage or a zipped Shapefile.");
        }
        return switch (format) {
            case CSV, GEOJSON -> {
                try (UploadReader r = format == ImportFormat.CSV ? UploadReader.csv(upload.file()) : UploadReader.geoJson(upload.file())) {
                    r.readHeader();
                }
                yield new Prepared(format, upload.file(), srid);
            }
            case GPKG -> {
                if (!new String(head, StandardCharsets.ISO_8859_1).startsWith("SQLite format 3")) {
                    throw new ImportFileException("NOT_A_GEOPACKAGE", "الملف ليس GeoPackage.", "The file is not a GeoPackage.");
                }
                yield new Prepared(format, upload.file(), srid);
            }
            case SHAPEFILE_ZIP -> new Prepared(format, ogr.extractShapefile(upload.file(), work), srid);
        };
    }

    private static int defaultSrid(String crs) {
        if (crs == null || crs.isBlank()) {
            return InputCrs.WGS84_LON_LAT.epsg();
        }
        return InputCrs.byName(crs).map(InputCrs::epsg).orElseThrow(() -> {
            String accepted = Arrays.stream(InputCrs.values()).map(InputCrs::code).collect(Collectors.joining(", "));
            return new InvalidInputException(Violation.of("crs", "UNSUPPORTED_CRS",
                    "نظام الإحداثيات «" + crs + "» غير مقبول. المقبول: " + accepted + ".",
                    "The coordinate reference system '" + crs + "' is not accepted. Accepted: " + accepted + "."));
        });
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path workDir() {
        try {
            return Files.createTempDirectory("manhal-import-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir, Path upload) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            Files.deleteIfExists(upload);
        } catch (IOException e) {
            log.warn("could not delete import files {}", dir, e);
        }
    }

    private static ImportFileException unknownFormat() {
        return new ImportFileException("UNKNOWN_FORMAT",
                "صيغة الملف غير معروفة: أرسل CSV أو GeoJSON أو GeoPackage أو ملف أشكال مضغوطاً (zip)، أو سمِّ الصيغة بالمعامل format.",
                "Unknown file format: send CSV, GeoJSON, GeoPackage or a zipped Shapefile, or name it with the format parameter.");
    }

    private static Text busy() {
        return new Text("عمليات استيراد كثيرة قيد التنفيذ؛ أعد المحاولة بعد قليل.",
                "Too many imports are running; try again shortly.");
    }

    /** A checked upload: its format, the file to read, the CRS of rows that name none. */
    private record Prepared(ImportFormat format, Path file, int defaultSrid) {
    }

    /**
     * An account limited to some governorates may not import: a file's wells are assigned to
     * governorates only inside the set-based insert, so the limit is enforced by who may import
     * at all (an unlimited account), not row by row. The temporary file is removed by the caller's
     * upload handling as for any refused import.
     */
    private static void refuseLimitedActor(Actor actor) {
        if (!actor.governorates().isEmpty()) {
            throw new OutsideScopeException(new Text(
                    "حسابك مقصور على بعض المحافظات، والاستيراد بالجملة يحتاج إلى حساب غير مقصور.",
                    "Your account is limited to some governorates; bulk imports need an account without that limit."));
        }
    }
}

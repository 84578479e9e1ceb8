package org.manhal.permit.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.manhal.application.ApplicationType;
import org.manhal.crs.Wkb;
import org.manhal.permit.Applicant;
import org.manhal.permit.Application;
import org.manhal.permit.ApplicationPage;
import org.manhal.permit.ApplicationQuery;
import org.manhal.permit.ApplicationStatus;
import org.manhal.permit.BuildingProposal;
import org.manhal.permit.Decision;
import org.manhal.permit.ProposedWell;
import org.manhal.permit.TimelineEntry;
import org.manhal.plot.PlotKey;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.manhal.zoning.BuildingUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The application tables' SQL. Lists and the public view name their columns and leave the
 * applicant's out; only {@link #get(String, boolean)} with {@code withApplicant} reads them.
 */
@Repository
public class ApplicationRows {

    private static final String COLUMNS = """
            a.id, a.reference, a.type, a.status, ST_AsBinary(a.location) as wkb, w.code as wilayat, g.code as governorate,
            a.subject_well_id, a.well_id, a.well_type, a.well_use, a.depth_m, a.diameter_mm, a.yield_m3_per_day,
            a.submitted_at, a.updated_at, a.version, a.decision, a.decision_reasons, a.decision_verdict::text as verdict,
            a.decided_at, a.decided_by, a.findings_reviewed, a.building_use, a.floors, a.height_m, a.gross_floor_area_m2, a.plot_wilayat,
            a.plot_number, ST_AsBinary(a.plot_polygon) as plot_wkb, a.submission_verdict::text as submission_verdict""";
    private static final String FROM =
            " from application a left join admin_area w on w.id = a.wilayat_id left join admin_area g on g.id = a.governorate_id";

    /**
     * Which applications a reader sees, as a condition of every query that reads them: all of them
     * (staff, planners), the filings of one consultancy office, or none (a contractor's account,
     * which reads its permits through the contractors module).
     */
    public record Scope(boolean all, String office) {

        public static final Scope ALL = new Scope(true, null);
        public static final Scope NONE = new Scope(false, null);

        public static Scope office(String office) {
            return new Scope(false, office);
        }

        /** The condition on {@code a} (the application), adding its parameter to {@code params}. */
        String condition(List<Object> params) {
            if (all) {
                return "";
            }
            if (office == null) {
                return " and false";
            }
            params.add(office);
            return " and a.filing_office = ?";
        }
    }

    private final JdbcClient jdbc;

    ApplicationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference of its kind: {@code <type>-<governorate>-<year>-<serial>}, at least 6 digits. */
    public String nextReference(String typeCode, String governorateCode, int year) {
        long serial = jdbc.sql("""
                insert into application_counter as c (type_code, governorate_code, year, last_value) values (?, ?, ?, 1)
                on conflict (type_code, governorate_code, year) do update set last_value = c.last_value + 1
                returning last_value""").params(typeCode, governorateCode, year).query(Long.class).single();
        String digits = Long.toString(serial);
        return typeCode + "-" + governorateCode + "-" + year + "-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }

    /**
     * Inserts a new application; returns its id.
     *
     * @param b a building permit's proposal, or null
     * @param submissionVerdict a building permit's zoning verdict at submission (JSON), or null
     */
    public long insert(String reference, ApplicationType type, Geometry location, Long wilayatId, Long governorateId,
                       Long subjectWellId, ProposedWell p, Applicant applicant, String accessHash, String key,
                       String fingerprint, Instant now, BuildingProposal b, String submissionVerdict, String filingOffice) {
        return jdbc.sql("""
                insert into application (reference, type, status, location, wilayat_id, governorate_id, subject_well_id,
                    well_type, well_use, depth_m, diameter_mm, yield_m3_per_day, applicant_name, applicant_civil_id,
                    applicant_phone, access_code_hash, idempotency_key, request_fingerprint, submitted_at, updated_at,
                    building_use, floors, height_m, gross_floor_area_m2, plot_wilayat, plot_number, plot_polygon,
                    submission_verdict, filing_office)
                values (?, ?, 'SUBMITTED', ST_GeomFromWKB(?, 4326), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326), cast(? as jsonb), ?)
                returning id""")
                .params(reference, type.name(), new WKBWriter().write(location), wilayatId, governorateId, subjectWellId,
                        name(p.type()), name(p.use()), p.depthM(), p.diameterMm(), p.yieldM3PerDay(), applicant.name(),
                        applicant.civilId(), applicant.phone(), accessHash, key, fingerprint, Timestamp.from(now),
                        Timestamp.from(now), b == null ? null : name(b.use()), b == null ? null : b.floors(),
                        b == null ? null : b.heightM(), b == null ? null : b.grossFloorAreaM2(),
                        b == null || b.plot() == null ? null : b.plot().wilayat(),
                        b == null || b.plot() == null ? null : b.plot().plotNumber(),
                        b == null || b.plotPolygon() == null ? null : new WKBWriter().write(b.plotPolygon()), submissionVerdict,
                        filingOffice)
                .query(Long.class).single();
    }

    /** What was filed under this idempotency key: its reference, request fingerprint and filing office. */
    public record Filed(String reference, String fingerprint, String filingOffice) {
    }

    public Optional<Filed> byIdempotencyKey(String key) {
        return jdbc.sql("select reference, request_fingerprint, filing_office from application where idempotency_key = ?")
                .param(key).query((rs, n) -> new Filed(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /**
     * The application if {@code scope} lets its reader see it, optionally with its applicant;
     * {@code forUpdate} locks its row until the transaction ends.
     */
    public Optional<Application> get(String reference, Scope scope, boolean withApplicant, boolean forUpdate) {
        String applicant = withApplicant ? ", a.applicant_name, a.applicant_civil_id, a.applicant_phone" : "";
        List<Object> params = new ArrayList<>();
        params.add(reference);
        String visible = scope.condition(params);
        return jdbc.sql("select " + COLUMNS + applicant + FROM + " where a.reference = ?" + visible
                        + (forUpdate ? " for update of a" : ""))
                .params(params).query((rs, n) -> application(rs, withApplicant)).optional();
    }

    /** The application, whoever filed it (the workflow's own reads). */
    public Optional<Application> get(String reference, boolean withApplicant, boolean forUpdate) {
        return get(reference, Scope.ALL, withApplicant, forUpdate);
    }

    public Optional<Application> get(String reference, boolean withApplicant) {
        return get(reference, withApplicant, false);
    }

    /** The stored access-code hash of the application, if there is one by that reference. */
    public Optional<String> accessHash(String reference) {
        return jdbc.sql("select access_code_hash from application where reference = ?").param(reference)
                .query(String.class).optional();
    }

    /** Moves the application to a status, bumping its version; false when the version is not {@code version}. */
    public boolean moveTo(long id, ApplicationStatus status, long version, Instant now) {
        return jdbc.sql("update application set status = ?, version = version + 1, updated_at = ? where id = ? and version = ?")
                .params(status.name(), Timestamp.from(now), id, version).update() == 1;
    }

    /** Records the decision on an application already moved to its outcome. */
    public void decide(long id, ApplicationStatus outcome, String reasons, boolean findingsReviewed, String verdictJson,
                       Long wellId, String actor, Instant now) {
        jdbc.sql("""
                update application set decision = ?, decision_reasons = ?, findings_reviewed = ?,
                       decision_verdict = cast(? as jsonb), well_id = coalesce(?, well_id), decided_at = ?, decided_by = ?
                 where id = ?""")
                .params(outcome.name(), reasons, findingsReviewed, verdictJson, wellId, Timestamp.from(now), actor, id).update();
    }

    /** Bumps the version and time of an application for a step that keeps its status (contractors' steps). */
    public void touch(long id, Instant now) {
        jdbc.sql("update application set version = version + 1, updated_at = ? where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    /** Appends a step to the timeline. */
    public void event(long applicationId, String action, ApplicationStatus from, ApplicationStatus to, String actor,
                      Instant at, String reason, String requestId) {
        event(applicationId, action, from, to, actor, at, reason, false, requestId);
    }

    /** As {@link #event(long, String, ApplicationStatus, ApplicationStatus, String, Instant, String, String)}, for an approval that may rest on reviewed findings. */
    public void event(long applicationId, String action, ApplicationStatus from, ApplicationStatus to, String actor,
                      Instant at, String reason, boolean findingsReviewed, String requestId) {
        jdbc.sql("""
                insert into application_event (application_id, action, from_status, to_status, actor, at, reason,
                                               findings_reviewed, request_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(applicationId, action, from == null ? null : from.name(), to.name(), actor, Timestamp.from(at),
                        reason, findingsReviewed, requestId).update();
    }

    /** The timeline, oldest first. */
    public List<TimelineEntry> timeline(long applicationId) {
        return jdbc.sql("select action, from_status, to_status, actor, at, reason, findings_reviewed from application_event "
                        + "where application_id = ? order by id")
                .param(applicationId)
                .query((rs, n) -> new TimelineEntry(rs.getString("action"), status(rs.getString("from_status")),
                        status(rs.getString("to_status")), rs.getString("actor"), rs.getTimestamp("at").toInstant(),
                        rs.getString("reason"), rs.getBoolean("findings_reviewed")))
                .list();
    }

    /** One page of the queue that {@code scope} lets its reader see, oldest submission first, without applicants. */
    public ApplicationPage find(ApplicationQuery q, Scope scope) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true").append(scope.condition(params));
        if (q.status() != null) {
            where.append(" and a.status = ?");
            params.add(q.status().name());
        }
        if (q.type() != null) {
            where.append(" and a.type = ?");
            params.add(q.type().name());
        }
        if (q.wilayat() != null) {
            where.append(" and a.wilayat_id = (select id from admin_area where code = ? and level = 'WILAYAT')");
            params.add(q.wilayat());
        }
        if (q.bbox() != null) {
            where.append(" and a.location && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
            params.add(q.bbox().minLon());
            params.add(q.bbox().minLat());
            params.add(q.bbox().maxLon());
            params.add(q.bbox().maxLat());
        }
        long matched = jdbc.sql("select count(*) from application a" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(q.limit());
        paged.add(q.offset());
        List<Application> page = jdbc.sql("select " + COLUMNS + FROM + where + " order by a.submitted_at, a.id limit ? offset ?")
                .params(paged).query((rs, n) -> application(rs, false)).list();
        return new ApplicationPage(page, matched);
    }

    /** The key access codes are derived with: made once, kept in the database. */
    public byte[] secret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into application_secret (id, secret) values (1, ?) on conflict (id) do nothing").param(fresh).update();
        return jdbc.sql("select secret from application_secret where id = 1").query(byte[].class).single();
    }

    private static Application application(ResultSet rs, boolean withApplicant) throws SQLException {
        ProposedWell proposed = new ProposedWell(enumOf(WellType.class, rs.getString("well_type")),
                enumOf(WellUse.class, rs.getString("well_use")), (Double) rs.getObject("depth_m"),
                (Double) rs.getObject("diameter_mm"), (Double) rs.getObject("yield_m3_per_day"));
        Applicant applicant = withApplicant ? new Applicant(rs.getString("applicant_name"),
                rs.getString("applicant_civil_id"), rs.getString("applicant_phone")) : null;
        Decision decision = rs.getString("decision") == null ? null : new Decision(status(rs.getString("decision")),
                rs.getString("decision_reasons"), rs.getString("verdict"), rs.getTimestamp("decided_at").toInstant(),
                rs.getString("decided_by"), rs.getBoolean("findings_reviewed"));
        return new Application(rs.getLong("id"), rs.getString("reference"), ApplicationType.valueOf(rs.getString("type")),
                status(rs.getString("status")), Wkb.read(new WKBReader(), rs.getBytes("wkb")), rs.getString("wilayat"),
                rs.getString("governorate"), (Long) rs.getObject("subject_well_id"), (Long) rs.getObject("well_id"),
                proposed, applicant, rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"), decision, building(rs), rs.getString("submission_verdict"));
    }

    private static BuildingProposal building(ResultSet rs) throws SQLException {
        if (rs.getString("building_use") == null) {
            return null;
        }
        byte[] plotWkb = rs.getBytes("plot_wkb");
        PlotKey key = rs.getString("plot_number") == null ? null : new PlotKey(rs.getString("plot_wilayat"), rs.getString("plot_number"));
        return new BuildingProposal(key, plotWkb == null ? null : (Polygon) Wkb.read(new WKBReader(), plotWkb),
                BuildingUse.valueOf(rs.getString("building_use")), rs.getInt("floors"), rs.getBigDecimal("height_m"),
                rs.getBigDecimal("gross_floor_area_m2"));
    }

    private static ApplicationStatus status(String s) {
        return s == null ? null : ApplicationStatus.valueOf(s);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String s) {
        return s == null ? null : Enum.valueOf(type, s);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}

package org.manhal.contractor.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.contractor.CompletionDetails;
import org.manhal.contractor.CompletionReport;
import org.manhal.contractor.Contractor;
import org.manhal.contractor.ContractorStatus;
import org.manhal.contractor.LicenceClass;
import org.manhal.well.WellStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contractor tables' SQL. */
@Repository
public class ContractorRows {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final String CONTRACTOR = "select id, licence_number, name, licence_class, valid_from, valid_until, status from contractor";

    private final JdbcClient jdbc;

    ContractorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a contractor; false when the licence number is taken. */
    public boolean insert(Contractor c, Instant now) {
        return jdbc.sql("""
                insert into contractor (licence_number, name, licence_class, valid_from, valid_until, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (licence_number) do nothing""")
                .params(c.licenceNumber(), c.name(), c.licenceClass().name(), Date.valueOf(c.validFrom()),
                        Date.valueOf(c.validUntil()), c.status().name(), Timestamp.from(now)).update() == 1;
    }

    public Optional<Contractor> byLicence(String licenceNumber) {
        return jdbc.sql(CONTRACTOR + " where licence_number = ?").param(licenceNumber).query((rs, n) -> contractor(rs)).optional();
    }

    public List<Contractor> all() {
        return jdbc.sql(CONTRACTOR + " order by licence_number").query((rs, n) -> contractor(rs)).list();
    }

    /** Names the contractor on the permit, replacing any named before. */
    public void assign(long applicationId, String licenceNumber, String actor, Instant now) {
        jdbc.sql("""
                insert into permit_assignment (application_id, contractor_id, assigned_at, assigned_by)
                select ?, id, ?, ? from contractor where licence_number = ?
                on conflict (application_id) do update set contractor_id = excluded.contractor_id,
                    assigned_at = excluded.assigned_at, assigned_by = excluded.assigned_by""")
                .params(applicationId, Timestamp.from(now), actor, licenceNumber).update();
    }

    /** The licence number of the contractor named on the permit. */
    public Optional<String> assigned(long applicationId) {
        return jdbc.sql("select c.licence_number from permit_assignment p join contractor c on c.id = p.contractor_id "
                        + "where p.application_id = ?").param(applicationId).query(String.class).optional();
    }

    /** The licence number of the contractor named on the permit with this reference (the application's). */
    public Optional<String> assignedOn(String reference) {
        return jdbc.sql("select c.licence_number from permit_assignment p join contractor c on c.id = p.contractor_id "
                        + "join application a on a.id = p.application_id where a.reference = ?")
                .param(reference).query(String.class).optional();
    }

    public void insertReport(long applicationId, long wellId, CompletionDetails d, BigDecimal movedM, BigDecimal toleranceM,
                             boolean beyond, String verdictJson, String actor, Instant now) {
        jdbc.sql("""
                insert into completion_report (application_id, contractor_id, well_id, location, depth_m, diameter_mm,
                    static_water_level_m, yield_m3_per_day, ec_us_per_cm, drilled_on, moved_m, tolerance_m,
                    moved_beyond_tolerance, verdict, reported_at, reported_by)
                select ?, c.id, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?
                  from contractor c where c.licence_number = ?""")
                .params(applicationId, wellId, d.location().getX(), d.location().getY(), d.depthM(), d.diameterMm(),
                        d.staticWaterLevelM(), d.yieldM3PerDay(), d.ecUsPerCm(), Date.valueOf(d.drilledOn()), movedM,
                        toleranceM, beyond, verdictJson, Timestamp.from(now), actor, d.licenceNumber())
                .update();
    }

    public Optional<CompletionReport> report(long applicationId, String reference) {
        return jdbc.sql("""
                select r.well_id, w.status, c.licence_number, ST_X(r.location) as x, ST_Y(r.location) as y, r.depth_m,
                       r.diameter_mm, r.static_water_level_m, r.yield_m3_per_day, r.ec_us_per_cm, r.drilled_on, r.moved_m,
                       r.tolerance_m, r.moved_beyond_tolerance, r.verdict::text as verdict, r.reported_at
                  from completion_report r join contractor c on c.id = r.contractor_id join well w on w.id = r.well_id
                 where r.application_id = ?""")
                .param(applicationId)
                .query((rs, n) -> new CompletionReport(reference, rs.getLong("well_id"), WellStatus.valueOf(rs.getString("status")),
                        new CompletionDetails(rs.getString("licence_number"),
                                WGS84.createPoint(new Coordinate(rs.getDouble("x"), rs.getDouble("y"))),
                                rs.getDouble("depth_m"), (Double) rs.getObject("diameter_mm"),
                                (Double) rs.getObject("static_water_level_m"), (Double) rs.getObject("yield_m3_per_day"),
                                (Double) rs.getObject("ec_us_per_cm"), rs.getDate("drilled_on").toLocalDate()),
                        rs.getBigDecimal("moved_m"), rs.getBigDecimal("tolerance_m"), rs.getBoolean("moved_beyond_tolerance"),
                        rs.getString("verdict"), rs.getTimestamp("reported_at").toInstant()))
                .optional();
    }

    private static Contractor contractor(ResultSet rs) throws SQLException {
        return new Contractor(rs.getString("licence_number"), rs.getString("name"),
                LicenceClass.valueOf(rs.getString("licence_class")), rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_until").toLocalDate(), ContractorStatus.valueOf(rs.getString("status")));
    }
}

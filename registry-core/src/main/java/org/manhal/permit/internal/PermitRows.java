package org.manhal.permit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.io.WKBReader;
import org.manhal.application.ApplicationType;
import org.manhal.common.Text;
import org.manhal.crs.Wkb;
import org.manhal.permit.PermitStatus;
import org.manhal.permit.PublicPermit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The permit table's SQL, and the public verification read from the publication view
 * {@code pub.permit} as the publishing role {@value #PUBLISHER} (V40), which can read nothing but
 * the {@code pub} views: a query here that named an applicant's column would fail, not leak.
 */
@Repository
public class PermitRows {

    /** The publishing role of V40 (geo-api's PublicationReader switches to the same one; registry-core cannot see it). */
    static final String PUBLISHER = "manhal_publisher";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    PermitRows(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A permit as its staff routes know it: number, application reference, whether revoked. */
    public record Issued(String number, String reference, boolean revoked) {
    }

    /** Records the permit of an approved application; false when the number is taken (draw another). */
    public boolean insert(long applicationId, String number, Instant issuedAt, LocalDate validFrom, LocalDate expiresOn,
                          List<Text> conditions) {
        return jdbc.sql("""
                insert into permit (number, application_id, issued_at, valid_from, expires_on, conditions)
                values (?, ?, ?, ?, ?, cast(? as jsonb)) on conflict (number) do nothing""")
                .params(number, applicationId, Timestamp.from(issuedAt), validFrom, expiresOn, json(conditions))
                .update() == 1;
    }

    /** Marks the permit of the application revoked (its status is REVOKED from then on). */
    public String revoke(long applicationId, Instant at, String actor, String reason) {
        return jdbc.sql("""
                update permit set revoked_at = ?, revoked_by = ?, revocation_reason = ?
                 where application_id = ? and revoked_at is null returning number""")
                .params(Timestamp.from(at), actor, reason, applicationId).query(String.class).optional().orElse(null);
    }

    /** The permit with this number, or the one of the application with this reference. */
    public Optional<Issued> byNumberOrReference(String key) {
        return jdbc.sql("""
                select p.number, a.reference, p.revoked_at is not null as revoked
                  from permit p join application a on a.id = p.application_id
                 where p.number = ? or a.reference = ? limit 1""")
                .params(key, key).query((rs, n) -> new Issued(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional();
    }

    /** The permit with this number as the public may see it, its status on {@code today}. */
    public Optional<PublicPermit> publicPermit(String number, LocalDate today) {
        return readOnly.execute(status -> {
            jdbc.sql("set local role " + PUBLISHER).update();
            return jdbc.sql("""
                    select number, type, issued_at, valid_from, expires_on, revoked_at, conditions::text as conditions,
                           wilayat_code, wilayat_name_ar, wilayat_name_en, governorate_code, governorate_name_ar,
                           governorate_name_en, ST_AsBinary(location) as wkb, ST_AsBinary(footprint) as footprint_wkb
                      from pub.permit where number = ?""")
                    .param(number).query((rs, n) -> permit(rs, today)).optional();
        });
    }

    private static PublicPermit permit(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        byte[] footprint = rs.getBytes("footprint_wkb");
        return new PublicPermit(rs.getString("number"), ApplicationType.valueOf(rs.getString("type")),
                PermitStatus.on(today, expiresOn, revokedAt != null), rs.getTimestamp("issued_at").toInstant(),
                rs.getObject("valid_from", LocalDate.class), expiresOn, revokedAt == null ? null : revokedAt.toInstant(),
                rs.getString("wilayat_code"), text(rs, "wilayat"), rs.getString("governorate_code"), text(rs, "governorate"),
                Wkb.read(new WKBReader(), rs.getBytes("wkb")),
                footprint == null ? null : Wkb.read(new WKBReader(), footprint), conditions(rs.getString("conditions")));
    }

    private static Text text(ResultSet rs, String prefix) throws SQLException {
        String ar = rs.getString(prefix + "_name_ar");
        String en = rs.getString(prefix + "_name_en");
        return ar == null || en == null ? null : new Text(ar, en);
    }

    private static String json(List<Text> conditions) {
        ArrayNode a = JSON.createArrayNode();
        conditions.forEach(c -> a.addObject().put("ar", c.ar()).put("en", c.en()));
        return a.toString();
    }

    private static List<Text> conditions(String json) {
        List<Text> list = new ArrayList<>();
        for (JsonNode c : JSON.readTree(json)) {
            list.add(new Text(c.get("ar").asString(), c.get("en").asString()));
        }
        return list;
    }
}

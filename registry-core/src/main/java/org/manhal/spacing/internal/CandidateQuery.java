package org.manhal.spacing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBReader;
import org.manhal.crs.Crs;
import org.manhal.crs.Wkb;
import org.manhal.rules.Candidate;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.FeatureRef;
import org.manhal.rules.GeodesicDistance;
import org.manhal.rules.SpacingRequest;
import org.manhal.spacing.SpacingChecks;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the candidates of a spacing check from PostGIS in one statement (one round trip): for
 * each feature kind an applicable rule targets, the features whose bounding box meets the lon/lat
 * envelope of the kind's search radius ({@link GeodesicDistance#envelopeAround}); zones whose box
 * contains the well. Every branch is a plain {@code geom && box} on a GiST index (never a
 * geography cast, which would scan the table); the exact test is the engine's, in Java.
 *
 * <p>Wells come nearest first ({@code ORDER BY geom <-> point}, planar in degrees, index-driven)
 * and at most {@code wellLimit} of them, since a dense well field can put thousands of wells
 * inside a 3 km radius; {@link SpacingChecks} decides whether that prefix is enough. Deleted
 * wells are left out, and so are {@code ABANDONED} and {@code BACKFILLED} ones: a backfilled well
 * no longer exists and an abandoned one abstracts nothing (re-licensing it makes it
 * {@code PERMITTED}, and then it counts again). The subject well of the request is left out too.
 *
 * <p>Every candidate carries whether it is sample data ({@code is_sample} of its row, as
 * {@link FeatureRef#sample()}), so that a verdict resting on one can say so.
 */
public final class CandidateQuery {

    /** The non-zone kinds stored in {@code protected_feature}, one SQL branch (and partial index) each. */
    static final List<FeatureKind> FEATURE_KINDS = List.of(FeatureKind.FALAJ_MOTHER_WELL, FeatureKind.FALAJ_CHANNEL,
            FeatureKind.PUBLIC_SUPPLY_WELL, FeatureKind.SEPTIC_TANK, FeatureKind.SEWAGE_PLANT, FeatureKind.LANDFILL,
            FeatureKind.FUEL_STATION);

    /** Typed nulls, so that the driver need not ask the server for parameter types. */
    private static final SqlParameterValue NULL_DOUBLE = new SqlParameterValue(Types.DOUBLE, null);
    private static final SqlParameterValue NULL_BIGINT = new SqlParameterValue(Types.BIGINT, null);
    private static final int WELL = 0;
    private static final int FEATURE = 1;

    /** The statement, fixed text whatever the request, so that the driver and server keep it prepared. */
    static final String SQL = branches(i -> "ST_MakeEnvelope(?::float8, ?::float8, ?::float8, ?::float8, " + Crs.WGS84_SRID + ")",
            "?::bigint", "ST_SetSRID(ST_MakePoint(?::float8, ?::float8), " + Crs.WGS84_SRID + ")", "?::int",
            "ST_SetSRID(ST_MakePoint(?::float8, ?::float8), " + Crs.WGS84_SRID + ")", "?::text[]");

    /** Box i + 1 is that of {@code FEATURE_KINDS.get(i)}; box 0 the wells'. */
    private static final int BOXES = FEATURE_KINDS.size() + 1;

    /**
     * The same branches for many requests in one statement: one row of parallel arrays per
     * request ({@code unnest}), each request's candidates found by the same indexed searches in a
     * lateral subquery, tagged with the request's index.
     */
    static final String BATCH_SQL = """
            select q.n, c.*
              from unnest(?::int[], ?::bigint[], ?::float8[], ?::float8[], ?::int[], ?::text[], %s)
                   as q(n, subject, x, y, lim, zones, %s)
             cross join lateral (%s) c
            """.formatted(
            String.join(", ", Collections.nCopies(4 * BOXES, "?::float8[]")),
            IntStream.range(0, BOXES).mapToObj(i -> "b%d_0, b%d_1, b%d_2, b%d_3".formatted(i, i, i, i))
                    .collect(Collectors.joining(", ")),
            branches(i -> "ST_MakeEnvelope(q.b%d_0, q.b%d_1, q.b%d_2, q.b%d_3, %d)".formatted(i, i, i, i, Crs.WGS84_SRID),
                    "q.subject", "ST_SetSRID(ST_MakePoint(q.x, q.y), " + Crs.WGS84_SRID + ")", "q.lim",
                    "ST_SetSRID(ST_MakePoint(q.x, q.y), " + Crs.WGS84_SRID + ")", "string_to_array(q.zones, ',')"));

    private final JdbcClient jdbc;

    public CandidateQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The candidates found, and for the wells how many came back and the planar distance in
     * degrees of the farthest of them from the request's location.
     */
    public record Fetched(List<Candidate> candidates, int wells, double farthestWellDegrees) {
    }

    /**
     * @param envelopes for each kind to load, the lon/lat box to search (zones: any non-null value)
     * @param wellLimit how many of the nearest wells to load at most
     */
    public Fetched fetch(SpacingRequest request, Map<FeatureKind, Envelope> envelopes, int wellLimit) {
        return read(jdbc.sql(SQL).params(params(request, envelopes, wellLimit)), request.location());
    }

    /**
     * The first fetch of many checks in one statement: for each request what {@link #fetch}
     * answers for it, found by the same searches.
     *
     * @param envelopes each request's boxes, as for {@link #fetch}
     * @return the candidates of {@code requests.get(i)} at index i
     */
    public List<Fetched> fetchAll(List<SpacingRequest> requests, List<Map<FeatureKind, Envelope>> envelopes,
                                  int wellLimit) {
        int n = requests.size();
        List<Object> params = batchParams(requests, envelopes, wellLimit);
        List<List<Object[]>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new ArrayList<>());
        }
        jdbc.sql(BATCH_SQL).params(params).query(rs -> {
            rows.get(rs.getInt(1)).add(row(rs, 2));
        });
        List<Fetched> fetched = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            fetched.add(fetched(rows.get(i), requests.get(i).location()));
        }
        return fetched;
    }

    /** The parameters of {@link #BATCH_SQL}: one array per column of the request rows. */
    private static List<Object> batchParams(List<SpacingRequest> requests, List<Map<FeatureKind, Envelope>> envelopes,
                                            int wellLimit) {
        int n = requests.size();
        List<Object> params = new ArrayList<>(6 + 4 * BOXES);
        params.add(array(n, Integer::toString));
        params.add(array(n, i -> subjectId(requests.get(i)) instanceof Long id ? id.toString() : null));
        params.add(array(n, i -> Double.toString(requests.get(i).location().getX())));
        params.add(array(n, i -> Double.toString(requests.get(i).location().getY())));
        params.add(array(n, i -> envelopes.get(i).containsKey(FeatureKind.EXISTING_WELL) ? Integer.toString(wellLimit) : "0"));
        params.add(array(n, i -> '"' + zoneKinds(envelopes.get(i)).replaceAll("[{}]", "") + '"'));
        for (int b = 0; b < BOXES; b++) {
            FeatureKind kind = b == 0 ? FeatureKind.EXISTING_WELL : FEATURE_KINDS.get(b - 1);
            for (int corner = 0; corner < 4; corner++) {
                int c = corner;
                params.add(array(n, i -> {
                    Envelope box = envelopes.get(i).get(kind);
                    return box == null ? null : Double.toString(c == 0 ? box.getMinX() : c == 1 ? box.getMinY()
                            : c == 2 ? box.getMaxX() : box.getMaxY());
                }));
            }
        }
        return params;
    }

    /** A PostgreSQL array literal of n elements (null elements as NULL); the values are numbers or enum names. */
    private static String array(int n, IntFunction<String> element) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            String e = element.apply(i);
            s.append(i == 0 ? "" : ",").append(e == null ? "NULL" : e);
        }
        return s.append('}').toString();
    }

    /** The statement of {@link #fetch}, its rows read as bytes and text only; how many rows. */
    public int raw(SpacingRequest request, Map<FeatureKind, Envelope> envelopes, int wellLimit) {
        int[] rows = {0};
        jdbc.sql(SQL).params(params(request, envelopes, wellLimit)).query(rs -> {
            rs.getInt(1);
            rs.getString(2);
            rs.getString(3);
            rs.getString(4);
            rs.getString(5);
            rs.getBytes(6);
            rs.getBoolean(7);
            rows[0]++;
        });
        return rows[0];
    }

    /** The statement of {@link #fetchAll}, its rows read as bytes and text only (as {@link #raw}); how many rows. */
    public int rawAll(List<SpacingRequest> requests, List<Map<FeatureKind, Envelope>> envelopes, int wellLimit) {
        int[] rows = {0};
        jdbc.sql(BATCH_SQL).params(batchParams(requests, envelopes, wellLimit)).query(rs -> {
            rs.getInt(1);
            rs.getInt(2);
            rs.getString(3);
            rs.getString(4);
            rs.getString(5);
            rs.getString(6);
            rs.getBytes(7);
            rs.getBoolean(8);
            rows[0]++;
        });
        return rows[0];
    }

    private static List<Object> params(SpacingRequest request, Map<FeatureKind, Envelope> envelopes, int wellLimit) {
        Point at = request.location();
        List<Object> params = new ArrayList<>(40);
        Envelope wells = envelopes.get(FeatureKind.EXISTING_WELL);
        addBox(params, wells);
        params.add(subjectId(request));
        params.add(at.getX());
        params.add(at.getY());
        params.add(wells == null ? 0 : wellLimit);
        for (FeatureKind kind : FEATURE_KINDS) {
            addBox(params, envelopes.get(kind));
        }
        params.add(zoneKinds(envelopes));
        params.add(at.getX());
        params.add(at.getY());
        return params;
    }

    private static Fetched read(JdbcClient.StatementSpec statement, Point at) {
        List<Object[]> rows = new ArrayList<>();
        statement.query(rs -> {
            rows.add(row(rs, 1));
        });
        return fetched(rows, at);
    }

    /** The columns (source, id, name, name_ar, kind, wkb, is_sample) from column {@code first} on. */
    private static Object[] row(ResultSet rs, int first) throws SQLException {
        return new Object[] {rs.getInt(first), rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
                rs.getString(first + 4), rs.getBytes(first + 5), rs.getBoolean(first + 6)};
    }

    /** The candidates of rows as {@link #row} reads them, and for the wells how many and the farthest. */
    private static Fetched fetched(List<Object[]> rows, Point at) {
        WKBReader wkb = new WKBReader(Crs.WGS84);
        List<Candidate> candidates = new ArrayList<>(rows.size());
        int wells = 0;
        double farthest = 0;
        for (Object[] r : rows) {
            int source = (Integer) r[0];
            Geometry geometry = Wkb.read(wkb, (byte[]) r[5]);
            FeatureKind kind = source == WELL ? FeatureKind.EXISTING_WELL : FeatureKind.valueOf((String) r[4]);
            candidates.add(new Candidate(new FeatureRef((String) r[1], kind, (String) r[2], (String) r[3], (Boolean) r[6]), geometry));
            if (source == WELL) {
                wells++;
                farthest = Math.max(farthest, geometry.getCoordinate().distance(at.getCoordinate()));
            }
        }
        return new Fetched(candidates, wells, farthest);
    }

    private static void addBox(List<Object> params, Envelope box) {
        // A null box makes "geom && box" null: the branch returns nothing, from the index, at once.
        params.add(box == null ? NULL_DOUBLE : box.getMinX());
        params.add(box == null ? NULL_DOUBLE : box.getMinY());
        params.add(box == null ? NULL_DOUBLE : box.getMaxX());
        params.add(box == null ? NULL_DOUBLE : box.getMaxY());
    }

    private static Object subjectId(SpacingRequest request) {
        try {
            return request.subjectWellId() == null ? NULL_BIGINT : Long.valueOf(request.subjectWellId());
        } catch (NumberFormatException e) {
            return NULL_BIGINT; // not a registry well id: nothing to leave out
        }
    }

    private static String zoneKinds(Map<FeatureKind, Envelope> envelopes) {
        return envelopes.keySet().stream().filter(FeatureKind::isZone).map(Enum::name)
                .collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * The search, one branch per source, written once for the single and the batched statement:
     * they differ only in where the boxes, the subject well, the point, the limit and the zone
     * kinds come from (parameters, or the columns of the request's row).
     *
     * @param box the SQL of box i (0: the wells'; i + 1: {@code FEATURE_KINDS.get(i)}'s)
     */
    private static String branches(IntFunction<String> box, String subject, String wellPoint, String limit,
                                   String zonePoint, String zoneKinds) {
        StringBuilder sql = new StringBuilder("""
                (select %d as source, w.id::text as id, w.registry_number as name, null::text as name_ar,
                        null::text as kind, ST_AsBinary(w.geom) as wkb, w.is_sample as sample
                   from well w
                  where w.geom && %s
                    and w.deleted_at is null and w.status not in ('ABANDONED', 'BACKFILLED')
                    and w.id is distinct from %s
                  order by w.geom <-> %s
                  limit %s)
                """.formatted(WELL, box.apply(0), subject, wellPoint, limit));
        for (int i = 0; i < FEATURE_KINDS.size(); i++) {
            sql.append("""
                    union all
                    select %d, f.id::text, f.name_en, f.name_ar, f.kind, ST_AsBinary(f.geom), f.is_sample
                      from protected_feature f
                     where f.kind = '%s' and f.geom && %s
                    """.formatted(FEATURE, FEATURE_KINDS.get(i).name(), box.apply(i + 1)));
        }
        return sql.append("""
                union all
                select 2, z.id::text, z.name_en, z.name_ar, z.kind, ST_AsBinary(z.geom), z.is_sample
                  from restricted_zone z
                 where z.kind = any (%s) and z.geom && %s
                """.formatted(zoneKinds, zonePoint)).toString();
    }
}

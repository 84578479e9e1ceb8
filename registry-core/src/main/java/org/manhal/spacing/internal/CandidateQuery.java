package org.manhal.spacing.internal;

import org.manhal.spacing.SpacingChecks;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKBReader;
import org.manhal.common.Wkb;
import org.manhal.rules.Candidate;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.FeatureRef;
import org.manhal.rules.GeodesicDistance;
import org.manhal.rules.SpacingRequest;
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
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), SpacingRequest.WGS84_SRID);

    /** The statement, fixed text whatever the request, so that the driver and server keep it prepared. */
    static final String SQL = wellBranch() + FEATURE_KINDS.stream().map(CandidateQuery::featureBranch)
            .collect(Collectors.joining()) + zoneBranch();

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
        WKBReader wkb = new WKBReader(WGS84);
        List<Candidate> candidates = new ArrayList<>();
        int[] wells = {0};
        double[] farthest = {0};
        statement.query(rs -> {
            int source = rs.getInt(1);
            Geometry geometry = Wkb.read(wkb, rs.getBytes(6));
            FeatureKind kind = source == WELL ? FeatureKind.EXISTING_WELL : FeatureKind.valueOf(rs.getString(5));
            candidates.add(new Candidate(new FeatureRef(rs.getString(2), kind, rs.getString(3), rs.getString(4),
                    rs.getBoolean(7)), geometry));
            if (source == WELL) {
                wells[0]++;
                farthest[0] = Math.max(farthest[0], geometry.getCoordinate().distance(at.getCoordinate()));
            }
        });
        return new Fetched(candidates, wells[0], farthest[0]);
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

    private static String wellBranch() {
        return """
                (select %d as source, w.id::text as id, w.registry_number as name, null::text as name_ar,
                        null::text as kind, ST_AsBinary(w.geom) as wkb, w.is_sample as sample
                   from well w
                  where w.geom && ST_MakeEnvelope(?::float8, ?::float8, ?::float8, ?::float8, 4326)
                    and w.deleted_at is null and w.status not in ('ABANDONED', 'BACKFILLED')
                    and w.id is distinct from ?::bigint
                  order by w.geom <-> ST_SetSRID(ST_MakePoint(?::float8, ?::float8), 4326)
                  limit ?::int)
                """.formatted(WELL);
    }

    private static String featureBranch(FeatureKind kind) {
        return """
                union all
                select %d, f.id::text, f.name_en, f.name_ar, f.kind, ST_AsBinary(f.geom), f.is_sample
                  from protected_feature f
                 where f.kind = '%s' and f.geom && ST_MakeEnvelope(?::float8, ?::float8, ?::float8, ?::float8, 4326)
                """.formatted(FEATURE, kind.name());
    }

    private static String zoneBranch() {
        return """
                union all
                select 2, z.id::text, z.name_en, z.name_ar, z.kind, ST_AsBinary(z.geom), z.is_sample
                  from restricted_zone z
                 where z.kind = any (?::text[]) and z.geom && ST_SetSRID(ST_MakePoint(?::float8, ?::float8), 4326)
                """;
    }
}

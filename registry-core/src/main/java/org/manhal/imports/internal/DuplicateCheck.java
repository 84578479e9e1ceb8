package org.manhal.imports.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.manhal.crs.Crs;

/**
 * Finds the rows that would register a well twice, among the rows without any other error: a
 * registry number already in the registry or given on an earlier line, a location within
 * {@value #RADIUS_M} m (geodesic, WGS 84) of a registered well or of an earlier line's.
 *
 * <p>Against the registry each row probes the GiST index of {@code well.geom} with a box
 * ({@code geom && ST_Expand}) before the exact geography distance. Within the file a million
 * index probes cost seconds, so the rows are put on a grid of {@value #CELL_DEG}° cells instead:
 * each row is listed under its own cell, and probes the (one to four) cells that its 1 m box
 * touches, a hash join; two rows within 1 m always meet that way, whatever the cell borders.
 * (Every temporary table is analysed before it is joined: without statistics the planner takes
 * it for small and nests loops, quadratic in the rows.)
 */
public final class DuplicateCheck {

    /** Two wells closer than this are taken to be the same well. */
    static final double RADIUS_M = 1.0;
    /**
     * The 1 m box in degrees, with margin: 1 m of latitude is 0.0000090°, 1 m of longitude at
     * Oman's northern tip (26.5°N) 0.0000101°.
     */
    static final double BOX_DEG = 0.000012;
    /** Grid cells of about 11 m: a few times the box, so that most boxes touch one cell only. */
    static final double CELL_DEG = 0.0001;
    /** How many index probes cost as much as reading one well in a scan, roughly. */
    private static final long PROBES_PER_SCAN = 50;
    private static final String EN = "'The registered well ' || w.registry_number || ' lies within 1 m of this location.'";
    private static final String AR = "'البئر المسجلة ' || w.registry_number || ' تقع على بعد أقل من 1 م من هذا الموقع.'";

    private DuplicateCheck() {
    }

    static void check(Connection c) throws SQLException {
        ImportValidation.execute(c, "analyze import_error");
        ImportValidation.execute(c, """
                create temporary table import_ok on commit drop as
                select r.line, r.geom, r.registry_number from import_row r
                 where not exists (select 1 from import_error e where e.line = r.line)""");
        ImportValidation.execute(c, "analyze import_ok");
        registryNumbers(c);
        licenceNumbers(c);
        inFile(c);
        inRegistry(c);
    }

    /**
     * Licence numbers are unique across the registry ({@code LICENCE_NUMBER_TAKEN}, as
     * {@link org.manhal.well.WellRegistry#register} reports it, found through the same GIN index)
     * and within the file ({@code DUPLICATE_IN_FILE}, on the later line). The staged licences are
     * the registry's JSON ({@link LicenceCell}); rows whose licences had errors are not in
     * {@code import_ok}.
     */
    private static void licenceNumbers(Connection c) throws SQLException {
        ImportValidation.execute(c, """
                create temporary table import_licence on commit drop as
                select o.line, (l.ord - 1)::int as idx, l.licence ->> 'number' as number
                  from import_ok o join import_row r on r.line = o.line
                 cross join lateral jsonb_array_elements(r.licences::jsonb) with ordinality as l(licence, ord)
                 where r.licences is not null""");
        ImportValidation.execute(c, "analyze import_licence");
        ImportValidation.execute(c, """
                insert into import_error (line, field, code, message, message_ar)
                select l.line, 'licences[' || l.idx || '].number', 'LICENCE_NUMBER_TAKEN',
                       'Licence number ' || l.number || ' is already recorded for well ' || w.registry_number || '.',
                       'رقم الترخيص ' || l.number || ' مسجل للبئر ' || w.registry_number || '.'
                  from import_licence l
                 cross join lateral (select w.registry_number from well w
                                      where jsonb_path_query_array(w.licences, '$[*].number') @> to_jsonb(l.number)
                                      limit 1) w""");
        ImportValidation.execute(c, """
                insert into import_error (line, field, code, message, message_ar)
                select line, 'licences[' || idx || '].number', 'DUPLICATE_IN_FILE',
                       'Licence number ' || number || ' is already given on line ' || first || '.',
                       'رقم الترخيص ' || number || ' مذكور في السطر ' || first || '.'
                  from (select line, idx, number, min(line) over (partition by number) as first from import_licence) d
                 where line > first""");
    }

    private static void registryNumbers(Connection c) throws SQLException {
        ImportValidation.execute(c, """
                insert into import_error (line, field, code, message, message_ar)
                select o.line, 'registryNumber', 'ALREADY_REGISTERED',
                       'The registry number ' || o.registry_number || ' is already registered.',
                       'رقم السجل ' || o.registry_number || ' مسجل من قبل.'
                  from import_ok o join well w on w.registry_number = o.registry_number""");
        ImportValidation.execute(c, """
                insert into import_error (line, field, code, message, message_ar)
                select line, 'registryNumber', 'DUPLICATE_IN_FILE',
                       'The registry number ' || registry_number || ' is already given on line ' || first || '.',
                       'رقم السجل ' || registry_number || ' مذكور في السطر ' || first || '.'
                  from (select line, registry_number, min(line) over (partition by registry_number) as first
                          from import_ok where registry_number is not null) d
                 where line > first""");
    }

    private static void inFile(Connection c) throws SQLException {
        ImportValidation.execute(c, """
                create temporary table import_cell on commit drop as
                select line, geom, floor(x / %2$s)::int as cx, floor(y / %2$s)::int as cy,
                       floor((x - %1$s) / %2$s)::int as x0, floor((x + %1$s) / %2$s)::int as x1,
                       floor((y - %1$s) / %2$s)::int as y0, floor((y + %1$s) / %2$s)::int as y1
                  from (select line, geom, ST_X(geom) as x, ST_Y(geom) as y from import_ok) o""".formatted(BOX_DEG, CELL_DEG));
        ImportValidation.execute(c, "analyze import_cell");
        // The box's corner cells, each once: (x0, y0) always, the others where the box crosses a border.
        ImportValidation.execute(c, """
                insert into import_error (line, field, code, message, message_ar)
                select a.line, 'location', 'DUPLICATE_IN_FILE',
                       'Another well lies within 1 m of this one, on line ' || min(b.line) || '.',
                       'توجد بئر أخرى على بعد أقل من 1 م من هذه، في السطر ' || min(b.line) || '.'
                  from import_cell a
                 cross join lateral (values (0, a.x0, a.y0), (1, a.x1, a.y0), (2, a.x0, a.y1), (3, a.x1, a.y1)) v(i, gx, gy)
                  join import_cell b on b.cx = v.gx and b.cy = v.gy
                 where (v.i = 0 or v.i = 1 and a.x1 <> a.x0 or v.i = 2 and a.y1 <> a.y0
                        or v.i = 3 and a.x1 <> a.x0 and a.y1 <> a.y0)
                   and b.line < a.line and ST_DWithin(a.geom::geography, b.geom::geography, %s)
                 group by a.line""".formatted(RADIUS_M));
    }

    /**
     * Against the registry, the cheaper of two plans. Few rows against many wells: each row probes
     * the GiST of {@code well.geom} (about 70 µs a probe on 2M wells). Many rows: the wells in the
     * file's extent are put on the same grid as the rows, a hash join, costing about a microsecond
     * per well of the extent instead of a probe per row.
     */
    private static void inRegistry(Connection c) throws SQLException {
        long rows = count(c, "select count(*) from import_ok");
        long wells = count(c, "select greatest(reltuples, 0)::bigint from pg_class where oid = 'well'::regclass");
        ImportValidation.execute(c, rows * PROBES_PER_SCAN < wells ? probes() : grid());
    }

    /**
     * The deleted-wells filter stays outside the probe ({@code offset 0} keeps it there): inside,
     * the planner ANDs the GiST with the partial indexes on live wells, which costs more than the
     * probe itself.
     */
    private static String probes() {
        return """
                insert into import_error (line, field, code, message, message_ar)
                select distinct on (o.line) o.line, 'location', 'ALREADY_REGISTERED', %s, %s
                  from import_ok o
                  cross join lateral (select w.id, w.registry_number, w.deleted_at from well w
                                       where w.geom && ST_Expand(o.geom, %s)
                                         and ST_DWithin(w.geom::geography, o.geom::geography, %s) offset 0) w
                 where w.deleted_at is null
                 order by o.line, w.id""".formatted(EN, AR, BOX_DEG, RADIUS_M);
    }

    private static String grid() {
        return """
                insert into import_error (line, field, code, message, message_ar)
                select distinct on (a.line) a.line, 'location', 'ALREADY_REGISTERED', %1$s, %2$s
                  from import_cell a
                 cross join lateral (values (0, a.x0, a.y0), (1, a.x1, a.y0), (2, a.x0, a.y1), (3, a.x1, a.y1)) v(i, gx, gy)
                  join (select w.id, w.registry_number, w.geom, floor(ST_X(w.geom) / %4$s)::int as cx,
                               floor(ST_Y(w.geom) / %4$s)::int as cy
                          from well w
                         where w.deleted_at is null
                           and w.geom && (select ST_Expand(ST_SetSRID(ST_Extent(geom), %6$d), %3$s) from import_ok)) w
                    on w.cx = v.gx and w.cy = v.gy
                 where (v.i = 0 or v.i = 1 and a.x1 <> a.x0 or v.i = 2 and a.y1 <> a.y0
                        or v.i = 3 and a.x1 <> a.x0 and a.y1 <> a.y0)
                   and ST_DWithin(w.geom::geography, a.geom::geography, %5$s)
                 order by a.line, w.id""".formatted(EN, AR, BOX_DEG, CELL_DEG, RADIUS_M, Crs.WGS84_SRID);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}

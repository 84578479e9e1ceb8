package org.manhal.api.publishing;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Mapbox Vector Tiles of the catalogue's layers, encoded by PostGIS ({@code ST_AsMVT}) from the
 * publication views, read as the publishing role. Only the layer's public attributes are selected.
 *
 * <p>Nothing is cut: a tile holds every feature of its layer that meets it (with a buffer of
 * {@value #BUFFER} of {@value #EXTENT} units, so that symbols at tile edges are not clipped). What
 * keeps low zooms small is aggregation, not a limit: below a layer's {@code minZoom} wells come as
 * one point per grid cell of the per-cell counts (V3's quad tree, kept current by triggers on every
 * write) with the number of published wells in it, at the level {@link #cellLevel(int)} that gives
 * a few dozen cells across a tile.
 *
 * <p>A tile carries the layer's {@link LayerDefinition#tileAttributes()}: what a map draws and
 * names a feature by. The rest of a feature is one OGC API or registry request away.
 *
 * <p>Features are encoded in the order of their ids, so the same features make the same bytes and
 * the same ETag (a digest of them): at 1M wells a parallel scan handed a dense tile's rows over in
 * another order on each request, and each answer had an ETag of its own.
 */
@Component
public class VectorTiles {

    /** Tile coordinates per side (the MVT default). */
    public static final int EXTENT = 4096;
    /** The buffer around a tile, in tile coordinates. */
    public static final int BUFFER = 64;
    /** The finest level of the per-cell counts (V3: 1/256°). */
    static final int FINEST_CELL_LEVEL = 8;
    /** The MVT layer name of the aggregates of layer {@code id}: {@code id + CELLS}. */
    public static final String CELLS = "-cells";

    private static final double BUFFER_FRACTION = (double) BUFFER / EXTENT;

    private final PublicationReader reader;

    VectorTiles(PublicationReader reader) {
        this.reader = reader;
    }

    /**
     * The grid level drawn at zoom {@code z}: a tile spans 360/2^z degrees and a cell of level k
     * 2^-k, so level z - 3 gives about 2^8.5/2^3.5 = 32 cells across (up to the finest level).
     */
    public static int cellLevel(int z) {
        return Math.max(0, Math.min(FINEST_CELL_LEVEL, z - 3));
    }

    /**
     * The SQL of the centre of the cell whose key is {@code cell} (an SQL expression), a cell of
     * {@code size} degrees (an SQL expression), as a point in EPSG:4326: V3's key decoded
     * ({@code (iy + 2^23) << 24 | (ix + 2^23)} in the low 48 bits).
     */
    public static String cellCentre(String cell, String size) {
        return "ST_SetSRID(ST_MakePoint(((%1$s & 16777215) - 8388608 + 0.5) * %2$s, (((%1$s >> 24) & 16777215) - 8388608 + 0.5) * %2$s), 4326)"
                .formatted(cell, size);
    }

    /** Whether the layer is drawn at all at zoom z. */
    public static boolean drawnAt(LayerDefinition layer, int z) {
        return z >= layer.tiles().firstZoom() && z <= layer.tiles().maxZoom();
    }

    /**
     * The tile's bytes (empty when nothing of the layer meets it), for a caller of audience
     * {@code caller} (a staff layer is read as the staff publisher, for staff only).
     */
    public byte[] tile(LayerDefinition layer, Audience caller, TileAddress t) {
        LayerDefinition.Tiling tiling = layer.tiles();
        if (tiling.aggregateView().isPresent() && t.z() < tiling.minZoom()) {
            return cells(layer, caller, tiling.aggregateView().get(), t);
        }
        if (tiling.gridCells()) {
            return gridCells(layer, caller, t);
        }
        return features(layer, caller, t);
    }

    private byte[] features(LayerDefinition layer, Audience caller, TileAddress t) {
        String sql = """
                select ST_AsMVT(m, :name, %d, 'geom', 'fid' order by m.fid) from (
                  select ST_AsMVTGeom(ST_Transform(v.geom, 3857), ST_TileEnvelope(:z, :x, :y), %d, %d, true) as geom,
                         v.%s as fid%s
                    from %s v
                   where v.geom && ST_MakeEnvelope(:west, :south, :east, :north, 4326)) m
                 where m.geom is not null""".formatted(EXTENT, EXTENT, BUFFER,
                layer.idIsNumber() ? layer.idColumn() : "id", columns(layer.tileAttributes(), "v"), layer.view());
        return run(sql, layer, caller, t, 0, 0);
    }

    /**
     * One point per cell, at the cell's centre, computed from its key in floating point: the view's
     * cell polygon is never built (building it for each of a level's rows took most of a z6 tile's
     * time), and the rows outside the tile's columns are left out by the key's column bits. The
     * counts are summed first (materialized), so that each cell is encoded once.
     */
    private byte[] cells(LayerDefinition layer, Audience caller, String view, TileAddress t) {
        String name = layer.id() + CELLS;
        int k = cellLevel(t.z());
        String sql = """
                with g as materialized (
                  select c.cell, sum(c.n)::bigint as count
                    from %s c
                   where c.cell between :low and :high
                     and (c.cell & 16777215) between :columnLow and :columnHigh
                   group by c.cell)
                select ST_AsMVT(m, :name, %d, 'geom', 'fid' order by m.fid) from (
                  select ST_AsMVTGeom(ST_Transform(%s, 3857), ST_TileEnvelope(:z, :x, :y), %d, %d, true) as geom,
                         g.cell as fid, %d as level, g.count
                    from g) m
                 where m.geom is not null""".formatted(view, EXTENT, cellCentre("g.cell", ":size"), EXTENT, BUFFER, k);
        double scale = 1 << k;
        return reader.read(layer, caller, jdbc -> {
            byte[] bytes = jdbc.sql(sql).param("name", name).param("z", t.z()).param("x", t.x()).param("y", t.y())
                    .param("low", low(k, t)).param("high", high(k, t))
                    .param("columnLow", (long) Math.floor(t.west(BUFFER_FRACTION) * scale) + (1L << 23))
                    .param("columnHigh", (long) Math.floor(t.east(BUFFER_FRACTION) * scale) + (1L << 23))
                    .param("size", 1.0 / scale)
                    .query((rs, i) -> rs.getBytes(1)).optional().orElse(null);
            return bytes == null ? new byte[0] : bytes;
        });
    }

    private byte[] gridCells(LayerDefinition layer, Audience caller, TileAddress t) {
        int k = cellLevel(t.z());
        String sql = """
                select ST_AsMVT(m, :name, %d, 'geom', 'fid' order by m.fid) from (
                  select ST_AsMVTGeom(ST_Transform(v.geom, 3857), ST_TileEnvelope(:z, :x, :y), %d, %d, true) as geom,
                         v.%s as fid%s
                    from %s v
                   where v.cell between :low and :high
                     and v.geom && ST_MakeEnvelope(:west, :south, :east, :north, 4326)) m
                 where m.geom is not null""".formatted(EXTENT, EXTENT, BUFFER, layer.idColumn(),
                columns(layer.tileAttributes(), "v"), layer.view());
        return run(sql, layer, caller, t, low(k, t), high(k, t));
    }

    /**
     * The first key of level k's rows that the tile (with its buffer) meets: cell keys are
     * row-major (V3), so the rows iy0..iy1 of one level are one key range, read from the primary
     * key; the columns outside the tile are then left out by the envelope test.
     */
    private static long low(int k, TileAddress t) {
        return key(k, (long) Math.floor(t.south(BUFFER_FRACTION) * (1 << k)), -(1L << 23));
    }

    private static long high(int k, TileAddress t) {
        return key(k, (long) Math.floor(t.north(BUFFER_FRACTION) * (1 << k)), (1L << 23) - 1);
    }

    /** V3's cell key: (k + 16) << 48 | (iy + 2^23) << 24 | (ix + 2^23). */
    static long key(int k, long iy, long ix) {
        long row = Math.max(0, Math.min((1L << 24) - 1, iy + (1L << 23)));
        return ((long) (k + 16) << 48) | (row << 24) | (ix + (1L << 23));
    }

    private byte[] run(String sql, LayerDefinition layer, Audience caller, TileAddress t, long low, long high) {
        byte[] bytes = reader.read(layer, caller, jdbc -> jdbc.sql(sql)
                .param("name", layer.id()).param("z", t.z()).param("x", t.x()).param("y", t.y())
                .param("west", t.west(BUFFER_FRACTION)).param("south", t.south(BUFFER_FRACTION))
                .param("east", t.east(BUFFER_FRACTION)).param("north", t.north(BUFFER_FRACTION))
                .param("low", low).param("high", high)
                .query((rs, i) -> rs.getBytes(1)).optional().orElse(null));
        return bytes == null ? new byte[0] : bytes;
    }

    /** The select list of attributes, {@code , v.col as "name"}; times as ISO 8601 text (MVT has no time type). */
    static String columns(List<Attribute> attributes, String alias) {
        return attributes.stream().map(a -> ", " + switch (a.type()) {
            case DATE_TIME -> "to_char(" + alias + "." + a.column() + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
            case DATE -> alias + "." + a.column() + "::text";
            default -> alias + "." + a.column();
        } + " as \"" + a.name() + "\"").collect(Collectors.joining());
    }
}

import L from '../leaflet.js';
import { formatNumber, language, LANGUAGES } from '../i18n.js';
import { fetchAndDraw } from './well-tiles-draw.js';

/**
 * Wells as the service's vector tiles (GET /tiles/wells/{z}/{x}/{y}.mvt, encoded by PostGIS):
 * below the layer's point zoom each tile holds one point per grid cell with its count
 * (MVT layer `wells-cells`), drawn as a circle sized by the count; from it on, the wells
 * themselves (`wells`), coloured as the markers are. Drawn on canvas tiles, so a national
 * registry pans and zooms without a DOM element per well.
 *
 * Where the browser can hand a canvas to a worker (OffscreenCanvas), the tile worker fetches,
 * decodes and draws each tile (well-tiles-worker.js) and the main thread only composites;
 * elsewhere the page does it. Hooks: the layer's container has data-tiles (tiles drawn),
 * data-features (features drawn) and data-drawing (`worker` or `page`); each drawn tile fires
 * `tiledrawn` with its url, startTime (the page's clock), fetchMs, bytes, features and its
 * decoding and drawing milliseconds (a worker's fetches are not in the page's Resource Timing).
 */
export const VectorWells = L.GridLayer.extend({
  options: { tileSize: 256, maxNativeZoom: 16, className: 'wells-tiles', colourBy: () => 'status' },

  initialize(options) {
    L.setOptions(this, options);
    this.drawnTiles = 0;
    this.drawnFeatures = 0;
    this.cancels = new Map();
    this.on('tileunload', (event) => {
      this.cancels.get(event.tile)?.();
      this.cancels.delete(event.tile);
    });
  },

  createTile(coords, done) {
    const canvas = L.DomUtil.create('canvas', 'wells-tile');
    const size = this.getTileSize();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = size.x * ratio;
    canvas.height = size.y * ratio;
    const url = new URL(`tiles/wells/${coords.z}/${coords.x}/${coords.y}.mvt`, document.baseURI).href;
    const finished = (error, result) => {
      this.cancels.delete(canvas);
      if (!error && result) {
        this.drawnTiles += 1;
        this.drawnFeatures += result.features;
        this.tag();
        this.fire('tiledrawn', { ...result, startTime: result.startedAt - performance.timeOrigin });
      }
      done(error, canvas);
    };
    const worker = tileWorker();
    this.cancels.set(canvas, worker
      ? drawInWorker(worker, canvas, url, size, ratio, this.options.colourBy(), finished)
      : this.drawOnPage(canvas, url, size, ratio, finished));
    return canvas;
  },

  /** The page's own fetch, decoding and drawing; returns the tile's cancel. */
  drawOnPage(canvas, url, size, ratio, finished) {
    const controller = new AbortController();
    fetchAndDraw(url, controller.signal, canvas, size, ratio, this.options.colourBy(),
      (count) => formatNumber(count, { notation: 'compact' }))
      .then((drawn) => finished(null, drawn))
      .catch((error) => finished(error.name === 'AbortError' ? null : error, null));
    return () => controller.abort();
  },

  tag() {
    const container = this.getContainer();
    if (!container) return;
    container.dataset.tiles = String(this.drawnTiles);
    container.dataset.features = String(this.drawnFeatures);
    container.dataset.drawing = tileWorker() ? 'worker' : 'page';
  },
});

/** One tile worker for the page (null where a canvas cannot be handed to a worker). */
let worker;
const replies = new Map();
let nextTile = 0;

function tileWorker() {
  if (worker === undefined) {
    worker = null;
    if (typeof OffscreenCanvas !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype) {
      try {
        worker = new Worker(new URL('./well-tiles-worker.js', import.meta.url), { type: 'module' });
        worker.onmessage = ({ data }) => {
          const reply = replies.get(data.id);
          replies.delete(data.id);
          reply?.(data);
        };
      } catch {
        worker = null;
      }
    }
  }
  return worker;
}

/** Hands the tile's canvas to the worker; returns the tile's cancel. */
function drawInWorker(tiles, canvas, url, size, ratio, colourBy, finished) {
  const id = nextTile++;
  const offscreen = canvas.transferControlToOffscreen();
  replies.set(id, (reply) => {
    if (reply.error) finished(reply.error === 'abort' ? null : new Error(reply.error), null);
    else finished(null, reply);
  });
  tiles.postMessage({
    id, url, canvas: offscreen, width: size.x, height: size.y, ratio, colourBy, locale: LANGUAGES[language()].locale,
  }, [offscreen]);
  return () => tiles.postMessage({ cancel: id });
}

/** Whether the service publishes the wells as vector tiles (its TileJSON answers). */
export async function vectorWellsAvailable() {
  try {
    const response = await fetch(new URL('tiles/wells.json', document.baseURI), { headers: { Accept: 'application/json' } });
    return response.ok;
  } catch {
    return false;
  }
}

import { decodeTile } from './mvt.js';
import { drawTile } from './well-tiles-draw.js';

/**
 * The wells' tile worker: fetches a tile, decodes it and draws it on the OffscreenCanvas the page
 * handed over, so the page's main thread only composites. A dense tile of points took 25–65 ms
 * to decode and draw in one task on the main thread at 1M wells, one to four missed frames
 * (docs/benchmarks.md, map-frames).
 *
 * Messages in: `{id, url, canvas, width, height, ratio, colourBy, locale}` (draw), `{cancel: id}`
 * (the tile left the map). Out: `{id, url, startedAt, fetchMs, bytes, features, decodeMs, drawMs}`
 * (`startedAt` in ms since the epoch: the page's clock has another origin), or `{id, error}`
 * (`'abort'` for a cancelled tile).
 */
const controllers = new Map();
const formats = new Map();

function formatCount(locale) {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact' });
    formats.set(locale, format);
  }
  return (count) => format.format(count);
}

self.onmessage = async ({ data }) => {
  if (data.cancel !== undefined) {
    controllers.get(data.cancel)?.abort();
    return;
  }
  const { id, url, canvas, width, height, ratio, colourBy, locale } = data;
  const controller = new AbortController();
  controllers.set(id, controller);
  const startedAt = performance.timeOrigin + performance.now();
  try {
    const response = await fetch(url, { signal: controller.signal });
    const buffer = response.ok && response.status !== 204 ? await response.arrayBuffer() : null;
    const fetchMs = performance.timeOrigin + performance.now() - startedAt;
    const bytes = buffer ? buffer.byteLength : 0;
    let features = 0;
    let decodeMs = 0;
    let drawMs = 0;
    if (buffer && buffer.byteLength && !controller.signal.aborted) {
      const t0 = performance.now();
      const layers = decodeTile(buffer);
      const t1 = performance.now();
      features = drawTile(canvas.getContext('2d'), layers, { x: width, y: height }, ratio, colourBy, formatCount(locale));
      decodeMs = t1 - t0;
      drawMs = performance.now() - t1;
    }
    self.postMessage(controller.signal.aborted ? { id, error: 'abort' }
      : { id, url, startedAt, fetchMs, bytes, features, decodeMs, drawMs });
  } catch (error) {
    self.postMessage({ id, error: error.name === 'AbortError' ? 'abort' : String(error) });
  } finally {
    controllers.delete(id);
  }
};

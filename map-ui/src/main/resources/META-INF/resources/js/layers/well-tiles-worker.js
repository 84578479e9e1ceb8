import { fetchAndDraw } from './well-tiles-draw.js';

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
  try {
    const drawn = await fetchAndDraw(url, controller.signal, canvas, { x: width, y: height }, ratio, colourBy, formatCount(locale));
    self.postMessage(controller.signal.aborted ? { id, error: 'abort' } : { id, ...drawn });
  } catch (error) {
    self.postMessage({ id, error: error.name === 'AbortError' ? 'abort' : String(error) });
  } finally {
    controllers.delete(id);
  }
};

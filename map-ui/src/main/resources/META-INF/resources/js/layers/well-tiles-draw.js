import { wellColour } from '../well-status.js';
import { decodeTile } from './mvt.js';

/**
 * Fetching, decoding and drawing of the wells' vector tiles on a canvas (an OffscreenCanvas in
 * the tile worker, well-tiles-worker.js, or the page's own): nothing here touches the DOM or the
 * page's language, so it runs in either. `formatCount` labels a cell's count in the user's language.
 */

/**
 * Fetches the tile at `url` and draws it on `canvas` unless `signal` was aborted meanwhile.
 * Resolves to `{url, startedAt, fetchMs, bytes, features, decodeMs, drawMs}` (`startedAt` in ms
 * since the epoch: a worker's clock and the page's have other origins); rejects as fetch does.
 */
export async function fetchAndDraw(url, signal, canvas, size, ratio, colourBy, formatCount) {
  const startedAt = performance.timeOrigin + performance.now();
  const response = await fetch(url, { signal });
  const buffer = response.ok && response.status !== 204 ? await response.arrayBuffer() : null;
  const fetchMs = performance.timeOrigin + performance.now() - startedAt;
  const bytes = buffer ? buffer.byteLength : 0;
  let features = 0;
  let decodeMs = 0;
  let drawMs = 0;
  if (bytes && !signal.aborted) {
    const t0 = performance.now();
    const layers = decodeTile(buffer);
    const t1 = performance.now();
    features = drawTile(canvas.getContext('2d'), layers, size, ratio, colourBy, formatCount);
    decodeMs = t1 - t0;
    drawMs = performance.now() - t1;
  }
  return { url, startedAt, fetchMs, bytes, features, decodeMs, drawMs };
}

/**
 * Draws a decoded tile's wells and cells on a 2D canvas context.
 *
 * @returns the number of points and cells drawn
 */
export function drawTile(context, layers, size, ratio, colourBy, formatCount) {
  let drawn = 0;
  context.scale(ratio, ratio);
  Object.values(layers).forEach((layer) => {
    const scale = size.x / layer.extent;
    const cells = layer.name.endsWith('-cells');
    layer.features.forEach((feature) => {
      feature.geometry.forEach((part) => part.forEach(([x, y]) => {
        if (cells) drawCell(context, x * scale, y * scale, Number(feature.properties.count ?? 0), formatCount);
        else drawWell(context, x * scale, y * scale, wellColour(feature.properties, colourBy));
        drawn += 1;
      }));
    });
  });
  return drawn;
}

function drawCell(context, x, y, count, formatCount) {
  if (!count) return;
  const radius = Math.min(22, 4 + 3.2 * Math.log10(count + 1));
  context.beginPath();
  context.arc(x, y, radius, 0, 2 * Math.PI);
  context.fillStyle = 'rgba(11, 93, 107, 0.72)';
  context.strokeStyle = '#ffffff';
  context.lineWidth = 1.5;
  context.fill();
  context.stroke();
  if (radius >= 9) {
    context.fillStyle = '#ffffff';
    context.font = '600 10px sans-serif';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(formatCount(count), x, y);
  }
}

function drawWell(context, x, y, colour) {
  context.beginPath();
  context.arc(x, y, 4, 0, 2 * Math.PI);
  context.fillStyle = colour;
  context.strokeStyle = '#ffffff';
  context.lineWidth = 1;
  context.fill();
  context.stroke();
}

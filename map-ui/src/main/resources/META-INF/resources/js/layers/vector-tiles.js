import L from '../leaflet.js';
import { formatNumber } from '../i18n.js';
import { wellColour } from '../well-status.js';
import { decodeTile } from './mvt.js';

/**
 * Wells as the service's vector tiles (GET /tiles/wells/{z}/{x}/{y}.mvt, encoded by PostGIS):
 * below the layer's point zoom each tile holds one point per grid cell with its count
 * (MVT layer `wells-cells`), drawn as a circle sized by the count; from it on, the wells
 * themselves (`wells`), coloured as the markers are. Drawn on canvas tiles, so a national
 * registry pans and zooms without a DOM element per well. Hooks: the layer's container has
 * data-tiles (tiles drawn) and data-features (features drawn).
 */
export const VectorWells = L.GridLayer.extend({
  options: { tileSize: 256, maxNativeZoom: 16, className: 'wells-tiles', colourBy: () => 'status' },

  initialize(options) {
    L.setOptions(this, options);
    this.drawnTiles = 0;
    this.drawnFeatures = 0;
    this.controllers = new Map();
    this.on('tileunload', (event) => {
      this.controllers.get(event.tile)?.abort();
      this.controllers.delete(event.tile);
    });
  },

  createTile(coords, done) {
    const canvas = L.DomUtil.create('canvas', 'wells-tile');
    const size = this.getTileSize();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = size.x * ratio;
    canvas.height = size.y * ratio;
    const controller = new AbortController();
    this.controllers.set(canvas, controller);
    const url = new URL(`tiles/wells/${coords.z}/${coords.x}/${coords.y}.mvt`, document.baseURI);
    fetch(url, { signal: controller.signal })
      .then((response) => (response.ok && response.status !== 204 ? response.arrayBuffer() : null))
      .then((buffer) => {
        if (buffer && buffer.byteLength) this.draw(canvas, decodeTile(buffer), size, ratio);
        this.drawnTiles += 1;
        this.tag();
        done(null, canvas);
      })
      .catch((error) => done(error.name === 'AbortError' ? null : error, canvas));
    return canvas;
  },

  draw(canvas, layers, size, ratio) {
    const context = canvas.getContext('2d');
    context.scale(ratio, ratio);
    Object.values(layers).forEach((layer) => {
      const scale = size.x / layer.extent;
      layer.features.forEach((feature) => {
        feature.geometry.forEach((part) => part.forEach(([x, y]) => {
          if (layer.name.endsWith('-cells')) drawCell(context, x * scale, y * scale, Number(feature.properties.count ?? 0));
          else drawWell(context, x * scale, y * scale, wellColour(feature.properties, this.options.colourBy()));
          this.drawnFeatures += 1;
        }));
      });
    });
  },

  tag() {
    const container = this.getContainer();
    if (!container) return;
    container.dataset.tiles = String(this.drawnTiles);
    container.dataset.features = String(this.drawnFeatures);
  },
});

function drawCell(context, x, y, count) {
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
    context.fillText(formatNumber(count, { notation: 'compact' }), x, y);
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

/** Whether the service publishes the wells as vector tiles (its TileJSON answers). */
export async function vectorWellsAvailable() {
  try {
    const response = await fetch(new URL('tiles/wells.json', document.baseURI), { headers: { Accept: 'application/json' } });
    return response.ok;
  } catch {
    return false;
  }
}

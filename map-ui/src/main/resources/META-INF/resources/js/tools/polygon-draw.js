import L from '../leaflet.js';

/**
 * Draws a polygon on the map by clicking its vertices: each click adds one, a click on the first
 * vertex (or `finish()`, or Enter) closes it, Escape or `cancel()` drops it. No plugin: a
 * polyline while drawing, a polygon once closed. `onDone(geojsonPolygon)` receives a closed
 * RFC 7946 Polygon ring in lon/lat. Hooks: #map.map--drawing while active, path.drawn-area.
 */
export class PolygonDraw {
  constructor(map, onDone) {
    this.map = map;
    this.onDone = onDone;
    this.points = [];
    this.line = null;
    this.vertices = L.layerGroup();
    this.result = null;
    this.active = false;
    this.onClick = (event) => this.add(event.latlng);
    this.onKey = (event) => {
      if (event.key === 'Enter') this.finish();
      if (event.key === 'Escape') this.cancel();
    };
  }

  start() {
    this.cancel();
    this.active = true;
    this.map.getContainer().classList.add('map--drawing');
    this.map.doubleClickZoom.disable();
    this.map.on('click', this.onClick);
    document.addEventListener('keydown', this.onKey);
    this.vertices.addTo(this.map);
  }

  add(latlng) {
    if (this.points.length >= 3 && this.map.latLngToContainerPoint(latlng).distanceTo(this.map.latLngToContainerPoint(this.points[0])) < 10) {
      this.finish();
      return;
    }
    this.points.push(latlng);
    L.circleMarker(latlng, { radius: 4, color: '#0b5d6b', fillOpacity: 1, className: 'drawn-vertex' }).addTo(this.vertices);
    if (!this.line) this.line = L.polyline(this.points, { color: '#0b5d6b', dashArray: '4 4' }).addTo(this.map);
    else this.line.setLatLngs(this.points);
  }

  finish() {
    if (!this.active || this.points.length < 3) return;
    const ring = [...this.points, this.points[0]].map((p) => [round(p.lng), round(p.lat)]);
    this.stop();
    this.result = L.polygon(this.points, { color: '#0b5d6b', weight: 2, fillOpacity: 0.1, className: 'drawn-area' }).addTo(this.map);
    this.points = [];
    this.onDone({ type: 'Polygon', coordinates: [ring] });
  }

  cancel() {
    this.stop();
    this.points = [];
    this.result?.remove();
    this.result = null;
  }

  stop() {
    this.active = false;
    this.map.getContainer().classList.remove('map--drawing');
    this.map.doubleClickZoom.enable();
    this.map.off('click', this.onClick);
    document.removeEventListener('keydown', this.onKey);
    this.line?.remove();
    this.line = null;
    this.vertices.clearLayers();
    this.vertices.remove();
  }
}

/** Seven decimals (about 1 cm): enough, and no float noise in the request. */
function round(value) {
  return Math.round(value * 1e7) / 1e7;
}

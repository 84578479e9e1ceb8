import L from './leaflet.js';
import { formatDms, formatLonLat, formatUtm, utmZoneFor } from './coords.js';
import { t } from './i18n.js';

/**
 * The coordinates under the cursor (or of the map centre on a touch screen, where there is no
 * cursor) in the three forms staff use: decimal lon/lat, DMS and UTM (40N, or 39N west of 54° E).
 * Hooks: #coords [data-format=lonlat|dms|utm], with data-lon/data-lat of the point shown.
 */
export const CoordinatesControl = L.Control.extend({
  options: { position: 'bottomleft' },

  onAdd(map) {
    this.container = L.DomUtil.create('div', 'coords leaflet-bar');
    this.container.id = 'coords';
    this.container.dataset.testid = 'coords';
    this.container.setAttribute('role', 'group');
    this.point = map.getCenter();
    this.handlers = {
      mousemove: (event) => this.show(event.latlng),
      moveend: () => this.touchOnly && this.show(map.getCenter()),
    };
    this.touchOnly = window.matchMedia('(hover: none)').matches;
    map.on(this.handlers);
    this.render();
    return this.container;
  },

  onRemove(map) {
    map.off(this.handlers);
  },

  show(latlng) {
    this.point = latlng.wrap();
    this.render();
  },

  render() {
    if (!this.container) return;
    const { lng, lat } = this.point;
    this.container.setAttribute('aria-label', t('coordsLabel'));
    this.container.dataset.lon = String(lng);
    this.container.dataset.lat = String(lat);
    this.container.replaceChildren(
      line('lonlat', t('coords.lonlat'), formatLonLat(lng, lat)),
      line('dms', t('coords.dms'), formatDms(lng, lat)),
      line('utm', t('coords.utm', { zone: utmZoneFor(lng) }), formatUtm(lng, lat)),
    );
  },
});

function line(format, label, value) {
  const row = L.DomUtil.create('div', 'coords__row');
  L.DomUtil.create('span', 'coords__label', row).textContent = label;
  const output = L.DomUtil.create('output', 'coords__value', row);
  output.dataset.format = format;
  output.dir = 'ltr';
  output.textContent = value;
  return row;
}

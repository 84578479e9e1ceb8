import L from '../leaflet.js';
import { formatDateTime, t } from '../i18n.js';
import { el } from './form.js';

/** Zoom at which an application's well point is shown: street level, as a searched well. */
const POINT_ZOOM = 17;
/** The closest a plot is fitted to: a plot of a few hundred square metres fills the view. */
const MAX_FIT_ZOOM = 19;

/**
 * An application's location on the map (the plot outline of a building permit, the point of a
 * well), for the citizen view and the planner queue. `className` marks the drawn path
 * (`path.citizen-location`, `path.planner-location`) for the browser tests.
 */
export class ApplicationLocation {
  constructor(map, className, colour = '#6a1b9a') {
    this.map = map;
    this.className = className;
    this.colour = colour;
    this.layer = L.featureGroup();
    this.geometry = null;
  }

  /** Draws `geometry` (GeoJSON, CRS84) in place of what was drawn; `label` is its tooltip. */
  show(geometry, label) {
    this.geometry = geometry;
    this.layer.clearLayers();
    if (!geometry) return;
    const shape = L.geoJSON(geometry, {
      interactive: Boolean(label),
      style: () => ({ color: this.colour, weight: 3, fillOpacity: 0.15, className: this.className }),
      pointToLayer: (_, latlng) => L.circleMarker(latlng, { radius: 10, color: this.colour, weight: 3, fillOpacity: 0.35, className: this.className }),
    });
    if (label) shape.bindTooltip(label, { direction: 'top', className: 'application-tooltip' });
    this.layer.addLayer(shape).addTo(this.map);
  }

  /** Brings the location into view: a point at street level, a polygon fitted. */
  zoom() {
    if (!this.geometry || !this.layer.getLayers().length) return;
    if (this.geometry.type === 'Point') {
      const [lon, lat] = this.geometry.coordinates;
      this.map.setView([lat, lon], Math.max(POINT_ZOOM, this.map.getZoom()), { animate: false });
    } else {
      this.map.fitBounds(this.layer.getBounds(), { maxZoom: MAX_FIT_ZOOM, padding: [24, 24], animate: false });
    }
  }

  /** Takes the drawing off the map (kept, `restore` puts it back). */
  hide() {
    this.layer.remove();
  }

  restore() {
    if (this.geometry) this.layer.addTo(this.map);
  }

  clear() {
    this.geometry = null;
    this.layer.clearLayers();
    this.layer.remove();
  }
}

/**
 * An application's steps as a list (`ol#{id}`, `li[data-status]`): each step's status label and
 * time in Oman, and for staff who took it and why (`who`, absent in the citizen's view).
 */
export function timelineSection(id, steps) {
  const box = el('section', 'timeline');
  box.append(el('h4', 'history__title', t('citizen.timeline')));
  const list = el('ol', 'timeline__list');
  list.id = id;
  steps.forEach(({ status, label, at, who }) => {
    const li = el('li', 'timeline__step');
    li.dataset.status = status;
    const when = el('time', 'timeline__at', formatDateTime(at));
    when.dateTime = at;
    li.append(el('span', 'timeline__status', label), when);
    if (who) {
      const line = el('span', 'timeline__who', who);
      line.dir = 'auto';
      li.append(line);
    }
    list.append(li);
  });
  box.append(list);
  return box;
}

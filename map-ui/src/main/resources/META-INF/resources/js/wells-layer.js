import L from './leaflet.js';
import { fetchWells } from './api.js';
import { wellColour } from './well-status.js';
import { wellPopup } from './well-popup.js';

/** Most wells asked for per view; the server says how many more there are (numberMatched). */
export const WELLS_LIMIT = 1000;
/** Pause after the last move before asking for the wells of the new view. */
const RELOAD_DELAY_MS = 250;

/**
 * The wells of the current view as circle markers coloured by status. Reloads after each move
 * (debounced), aborting a request still in flight so only the latest view is drawn. Markers are
 * kept by well id across reloads, so an open popup survives the auto-pan it causes.
 *
 * `onState` receives {state: 'loading'|'loaded'|'error', seq, returned, matched, hasMore};
 * `popupPadding()` gives the auto-pan padding options that keep popups clear of the controls.
 */
export class WellsLayer {
  constructor(map, codeLists, { onState, popupPadding, onSelect, popupActions }) {
    this.map = map;
    this.onSelect = onSelect;
    this.popupActions = popupActions;
    this.codeLists = codeLists;
    this.onState = onState;
    this.popupPadding = popupPadding;
    this.group = L.featureGroup();
    this.colourBy = 'status';
    this.markers = new Map();
    /** The ids of the wells of the last view loaded. */
    this.inView = new Set();
    this.group.on('add', () => this.reload());
    this.group.on('remove', () => {
      this.controller?.abort();
      this.onState({ state: 'hidden', seq: this.seq });
    });
    this.controller = null;
    this.timer = null;
    this.seq = 0;
    map.on('moveend', () => this.scheduleReload());
  }

  scheduleReload() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.reload(), RELOAD_DELAY_MS);
  }

  /** Loads the wells of the current view now, replacing any load in flight; not while hidden. */
  async reload() {
    clearTimeout(this.timer);
    if (!this.map.hasLayer(this.group)) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const seq = ++this.seq;
    this.onState({ state: 'loading', seq });
    try {
      const collection = await fetchWells(viewBbox(this.map), WELLS_LIMIT, controller.signal);
      this.render(collection.features ?? []);
      this.onState({ state: 'loaded', seq, ...counts(collection) });
    } catch (error) {
      if (error.name === 'AbortError') return; // a newer view replaced this one
      console.error('Wells did not load', error);
      this.onState({ state: 'error', seq });
    }
  }

  /**
   * Shows exactly the given well features, reusing the markers of wells already shown; a well
   * whose popup is open stays until the popup closes, even when it left the view (the popup's
   * own auto-pan, or a phone's panel growing, can push its well just past the map's edge).
   */
  render(features) {
    const points = features.filter((f) => f?.geometry?.type === 'Point');
    this.inView = new Set(points.map(wellId));
    this.markers.forEach((marker, id) => {
      if (!this.inView.has(id) && !marker.isPopupOpen()) this.removeMarker(id, marker);
    });
    points.forEach((feature) => this.upsertMarker(feature));
  }

  /** Re-labels the open popup after a language or code-list change. */
  relabel() {
    this.refitPopups();
    this.markers.forEach((marker) => {
      if (marker.isPopupOpen()) marker.getPopup().update();
    });
  }

  /** Re-reads the popup auto-pan margins, after the controls moved or changed size. */
  refitPopups() {
    const padding = this.popupPadding();
    this.markers.forEach((marker) => Object.assign(marker.getPopup().options, padding));
  }

  /** Colours the markers by 'status' or 'use'. */
  setColourBy(dimension) {
    this.colourBy = dimension;
    this.markers.forEach((marker) => marker.setStyle(markerStyle(marker.feature, dimension)));
  }

  /** The feature of a shown well, or null. */
  feature(id) {
    return this.markers.get(String(id))?.feature ?? null;
  }

  /** Opens the popup of a shown well; false when that well is not on the map. */
  openWell(id) {
    const marker = this.markers.get(String(id));
    if (!marker) return false;
    marker.openPopup();
    return true;
  }

  upsertMarker(feature) {
    const id = wellId(feature);
    const existing = this.markers.get(id);
    if (existing) {
      existing.feature = feature;
      existing.setStyle(markerStyle(feature, this.colourBy));
      tagElement(existing);
      return;
    }
    const [lon, lat] = feature.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], markerStyle(feature, this.colourBy));
    marker.feature = feature;
    marker.bindPopup(() => wellPopup(marker.feature, this.codeLists, this.popupActions), {
      maxWidth: 320,
      className: 'well-popup-container',
      ...this.popupPadding(),
    });
    marker.on('add', () => tagElement(marker));
    marker.on('popupopen', () => this.onSelect?.(id));
    marker.on('popupclose', () => {
      this.onSelect?.(null);
      // kept only for its popup (render): gone with it
      if (!this.inView.has(id) && this.markers.get(id) === marker) this.removeMarker(id, marker);
    });
    this.markers.set(id, marker);
    this.group.addLayer(marker);
  }

  removeMarker(id, marker) {
    this.group.removeLayer(marker);
    this.markers.delete(id);
  }
}

/** The view as [minLon, minLat, maxLon, maxLat] in CRS84, widened to 5 decimals (~1 m). */
export function viewBbox(map) {
  const b = map.getBounds();
  const down = (v, min) => Math.max(min, Math.floor(v * 1e5) / 1e5);
  const up = (v, max) => Math.min(max, Math.ceil(v * 1e5) / 1e5);
  return [down(b.getWest(), -180), down(b.getSouth(), -90), up(b.getEast(), 180), up(b.getNorth(), 90)];
}

function counts(collection) {
  const returned = collection.numberReturned ?? collection.features?.length ?? 0;
  const matched = Number.isFinite(collection.numberMatched) ? collection.numberMatched : null;
  const hasNext = (collection.links ?? []).some((link) => link?.rel === 'next');
  return { returned, matched, hasMore: matched !== null ? matched > returned : hasNext };
}

function wellId(feature) {
  return String(feature.id ?? feature.properties?.id ?? feature.properties?.registryNumber);
}

function markerStyle(feature, dimension) {
  return {
    radius: 5,
    weight: 1,
    color: '#ffffff',
    fillColor: wellColour(feature.properties, dimension),
    fillOpacity: 0.9,
    className: 'well-marker',
  };
}

/** Stable hooks on the SVG element for tests and CSS: data-well-id and data-status. */
function tagElement(marker) {
  const element = marker.getElement?.();
  if (!element) return;
  element.dataset.wellId = wellId(marker.feature);
  element.dataset.status = marker.feature.properties?.status ?? '';
  element.dataset.testid = 'well-marker';
}

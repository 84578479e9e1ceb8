/**
 * Deep links: the URL's fragment holds the view and the selection, so a link shows someone else
 * the same place, layers and well: `#map=zoom/lat/lon&layers=wells,governorates&well=17`
 * (also `tool=` for an open panel, `ref=` for the application a tool shows: its reference only,
 * never an access code, which stays in the citizen's hands). The fragment is rewritten in place (replaceState) after each
 * move or selection, never adding history entries; `?lang=` stays in the query.
 */

const DECIMALS_BY_ZOOM = (zoom) => Math.max(2, Math.min(6, Math.ceil(zoom / 3) + 1));

/** The state a fragment names: {view: {zoom, lat, lon} | null, layers: [ids] | null, well, tool, ref}. */
export function readDeepLink(hash = window.location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const [zoom, lat, lon] = (params.get('map') ?? '').split('/').map(Number);
  const valid = [zoom, lat, lon].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const layers = params.has('layers') ? params.get('layers').split(',').filter(Boolean) : null;
  return {
    view: valid ? { zoom, lat, lon } : null,
    layers,
    well: params.get('well') || null,
    tool: params.get('tool') || null,
    ref: params.get('ref') || null,
  };
}

/** The fragment of a state, with the coordinates rounded to what the zoom can show. */
export function formatDeepLink({ view, layers, well, tool, ref }) {
  const params = new URLSearchParams();
  if (view) {
    const d = DECIMALS_BY_ZOOM(view.zoom);
    params.set('map', `${view.zoom}/${view.lat.toFixed(d)}/${view.lon.toFixed(d)}`);
  }
  if (layers) params.set('layers', layers.join(','));
  if (well) params.set('well', String(well));
  if (tool) params.set('tool', tool);
  if (ref) params.set('ref', ref);
  return `#${params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',')}`;
}

/**
 * Keeps the fragment in step with the map: `current()` gives the state to write, called after
 * each `update()` (debounced, as moves come in bursts).
 */
export class DeepLink {
  constructor(current) {
    this.current = current;
    this.timer = null;
  }

  update() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(), 150);
  }

  write() {
    const url = new URL(window.location.href);
    url.hash = formatDeepLink(this.current());
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
  }
}

import L from '../leaflet.js';
import { getJson } from '../api.js';
import { viewBbox } from '../wells-layer.js';

const RELOAD_DELAY_MS = 300;

/**
 * A GeoJSON layer that asks an API path for the features of the view after each move
 * (`?bbox=…&limit=…`, debounced, the previous request aborted), and only while it is shown and
 * the map is at `minZoom` or closer. The reference layers use it; plots, zones and applications
 * can too, once their list routes answer a FeatureCollection with a bbox parameter.
 *
 * options: {path, params, limit, minZoom, style(feature), pointToLayer(feature, latlng),
 *           tooltip(feature) → text, pane, className}
 */
export function bboxGeoJsonLayer(map, options) {
  const layer = L.geoJSON(null, {
    pane: options.pane,
    style: options.style,
    pointToLayer: options.pointToLayer,
    onEachFeature: (feature, path) => {
      if (options.tooltip) path.bindTooltip(() => options.tooltip(feature), { sticky: true });
      path.on('add', () => {
        const element = path.getElement?.();
        if (element) {
          element.dataset.layer = options.className;
          element.dataset.kind = feature.properties?.kind ?? '';
        }
      });
    },
  });
  let timer = null;
  let controller = null;
  const reload = async () => {
    if (!map.hasLayer(layer)) return;
    controller?.abort();
    if (map.getZoom() < (options.minZoom ?? 0)) {
      layer.clearLayers();
      return;
    }
    controller = new AbortController();
    try {
      const collection = await getJson(options.path,
        { ...options.params, bbox: viewBbox(map).join(','), limit: options.limit ?? 1000 }, controller.signal);
      layer.clearLayers();
      layer.addData(collection);
    } catch (error) {
      if (error.name !== 'AbortError') console.warn(`${options.path} did not load`, error);
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(reload, RELOAD_DELAY_MS);
  };
  map.on('moveend', schedule);
  layer.on('add', reload);
  layer.relabel = () => layer.eachLayer((path) => path.isTooltipOpen?.() && path.getTooltip().update());
  return layer;
}

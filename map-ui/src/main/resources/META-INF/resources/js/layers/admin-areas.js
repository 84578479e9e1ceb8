import L from '../leaflet.js';
import { fetchAdminAreas } from '../api.js';
import { localName } from '../i18n.js';

/** Panes: the land below everything (150), outlines above tiles (200) and below wells (400). */
export const LAND_PANE = 'land';
export const BOUNDARIES_PANE = 'boundaries';

const STYLES = Object.freeze({
  GOVERNORATE: { color: '#6b4f2a', weight: 1.6, opacity: 0.9, fillColor: '#c8b68e', fillOpacity: 0.04 },
  WILAYAT: { color: '#8c7b5e', weight: 0.7, opacity: 0.8, dashArray: '3 3', fillOpacity: 0 },
});

/** The fetched outlines by level, shared by the layers and the place-name search. */
const outlines = new Map();

/** The outlines of a level (GOVERNORATE, WILAYAT, COUNTRY), fetched once. */
export function adminAreas(level) {
  if (!outlines.has(level)) {
    const pending = fetchAdminAreas(level).catch((error) => {
      outlines.delete(level);
      throw error;
    });
    outlines.set(level, pending);
  }
  return outlines.get(level);
}

export function ensurePanes(map) {
  if (!map.getPane(LAND_PANE)) map.createPane(LAND_PANE).style.zIndex = '150';
  if (!map.getPane(BOUNDARIES_PANE)) map.createPane(BOUNDARIES_PANE).style.zIndex = '350';
}

/**
 * The offline base map: Oman's land (the COUNTRY outline of the shipped boundaries) on the sea
 * colour of the map's background, so the map reads as a map with no tile service at all.
 */
export async function landLayer(map) {
  ensurePanes(map);
  const collection = await adminAreas('COUNTRY');
  return L.geoJSON(collection, {
    pane: LAND_PANE,
    interactive: false,
    style: () => ({ color: '#b9a77f', weight: 1, fillColor: '#f3ecdc', fillOpacity: 1, className: 'land' }),
  });
}

/**
 * Outlines of a level (GOVERNORATE or WILAYAT) with a tooltip naming each area in the current
 * language; each path carries data-code. Hovering thickens the outline.
 */
export async function outlineLayer(map, level) {
  ensurePanes(map);
  const collection = await adminAreas(level);
  const className = `${level.toLowerCase()}-outline`;
  const layer = L.geoJSON(null, {
    pane: BOUNDARIES_PANE,
    style: () => ({ ...STYLES[level], className }),
    onEachFeature: (feature, path) => decorate(layer, feature, path, level),
  });
  layer.addData(collection);
  layer.relabel = () => layer.eachLayer((path) => path.isTooltipOpen() && path.getTooltip().update());
  return layer;
}

function decorate(layer, feature, path, level) {
  path.bindTooltip(() => localName(feature.properties) ?? '', {
    sticky: true,
    direction: 'auto',
    className: 'governorate-tooltip',
  });
  path.on('add', () => {
    const element = path.getElement();
    if (element) element.dataset.code = feature.properties?.code ?? '';
  });
  path.on('mouseover', () => path.setStyle({ weight: STYLES[level].weight * 2 }));
  path.on('mouseout', () => layer.resetStyle(path));
}

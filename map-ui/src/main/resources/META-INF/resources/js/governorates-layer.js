import L from './leaflet.js';
import { localName } from './i18n.js';

/** The map pane of the outlines: above tiles (200), below the wells in the overlay pane (400). */
export const BOUNDARIES_PANE = 'boundaries';

const OUTLINE_STYLE = Object.freeze({
  color: '#6b4f2a',
  weight: 1.5,
  opacity: 0.9,
  fillColor: '#c8b68e',
  fillOpacity: 0.06, // just enough to make the inside hoverable for the name tooltip
});

/**
 * Draws the governorate outlines of a FeatureCollection from GET /api/admin-areas (properties
 * code, nameEn, nameAr) with a tooltip naming each in the current language.
 */
export function governoratesLayer(map, collection) {
  if (!map.getPane(BOUNDARIES_PANE)) map.createPane(BOUNDARIES_PANE).style.zIndex = '350';
  const layer = L.geoJSON(null, {
    pane: BOUNDARIES_PANE,
    style: () => ({ ...OUTLINE_STYLE, className: 'governorate-outline' }),
    onEachFeature: (feature, path) => decorate(layer, feature, path),
  });
  return layer.addData(collection).addTo(map);
}

/** Updates an open tooltip after a language change (closed ones are built when opened). */
export function relabelGovernorates(layer) {
  layer?.eachLayer((path) => {
    if (path.isTooltipOpen()) path.getTooltip().update();
  });
}

function decorate(layer, feature, path) {
  path.bindTooltip(() => localName(feature.properties) ?? '', {
    sticky: true,
    direction: 'auto',
    className: 'governorate-tooltip',
  });
  path.on('add', () => {
    const element = path.getElement();
    if (element) element.dataset.code = feature.properties?.code ?? '';
  });
  path.on('mouseover', () => path.setStyle({ weight: 3 }));
  path.on('mouseout', () => layer.resetStyle(path));
}

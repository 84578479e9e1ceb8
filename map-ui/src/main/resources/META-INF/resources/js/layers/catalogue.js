import L from '../leaflet.js';
import { localName, t } from '../i18n.js';
import { STATUS_COLOURS, USE_COLOURS } from '../well-status.js';
import { landLayer, outlineLayer } from './admin-areas.js';
import { bboxGeoJsonLayer } from './bbox-geojson.js';
import { VectorWells } from './vector-tiles.js';

/** Colours of the protected features and restricted zones (GET /api/protected-features, /api/restricted-zones). */
export const PROTECTED_COLOURS = Object.freeze({
  FALAJ_MOTHER_WELL: '#08519c',
  FALAJ_CHANNEL: '#3182bd',
  PUBLIC_SUPPLY_WELL: '#54278f',
  SEPTIC_TANK: '#8c510a',
  SEWAGE_PLANT: '#7f3b08',
  LANDFILL: '#4d4d4d',
  FUEL_STATION: '#d95f0e',
});
export const ZONE_COLOURS = Object.freeze({
  WPZ_RED: '#cb181d',
  WPZ_ORANGE: '#fd8d3c',
  NO_NEW_WELLS_ZONE: '#67000d',
  REPLACEMENT_ONLY_ZONE: '#6a51a3',
  STUDY_REQUIRED_ZONE: '#d4b106',
});

/**
 * Registers the layers that exist on this branch. Plots, zones, applications and vector tiles
 * arrive with their APIs: each is one more `registry.register({...})` (docs/map.md shows how).
 */
export function registerDefaultLayers(registry, { wells, config, vectorTiles }) {
  registry.register({
    id: 'land',
    group: 'base',
    title: 'layer.land',
    visible: !config?.baseLayer?.url,
    create: ({ map }) => landLayer(map),
    legend: () => [{ key: 'land', label: t('legend.land'), swatch: 'fill', className: 'swatch--land' }],
  });
  if (config?.baseLayer?.url) {
    registry.register({
      id: 'tiles',
      group: 'base',
      title: 'layer.tiles',
      visible: true,
      create: () => L.tileLayer(config.baseLayer.url, {
        attribution: config.baseLayer.attribution ?? '',
        maxZoom: config.baseLayer.maxZoom ?? 18,
      }),
    });
  }
  registry.register({
    id: 'governorates',
    group: 'admin',
    title: 'layer.governorates',
    visible: true,
    create: ({ map }) => outlineLayer(map, 'GOVERNORATE'),
    onLanguage: (layer) => layer.relabel(),
    legend: () => [{ key: 'governorate', label: t('legend.governorate'), swatch: 'line', className: 'swatch--governorate' }],
  });
  registry.register({
    id: 'wilayats',
    group: 'admin',
    title: 'layer.wilayats',
    visible: true,
    create: ({ map }) => outlineLayer(map, 'WILAYAT'),
    onLanguage: (layer) => layer.relabel(),
    legend: () => [{ key: 'wilayat', label: t('legend.wilayat'), swatch: 'line', className: 'swatch--wilayat' }],
  });
  registry.register({
    id: 'wells',
    group: 'wells',
    title: 'layer.wells',
    visible: true,
    create: () => wells.group,
    legend: ({ codeLists }) => {
      const dimension = wells.colourBy;
      const colours = dimension === 'use' ? USE_COLOURS : STATUS_COLOURS;
      const list = dimension === 'use' ? 'wellUse' : 'wellStatus';
      return Object.entries(colours).map(([code, colour]) => ({
        key: code, label: codeLists.label(list, code), swatch: 'dot', colour, dimension,
      }));
    },
  });
  if (vectorTiles) {
    registry.register({
      id: 'wells-tiles',
      group: 'wells',
      title: 'layer.wellsTiles',
      visible: false,
      create: () => new VectorWells({ colourBy: () => wells.colourBy, pane: 'overlayPane' }),
      // the cells' counts are drawn in the user's language: draw the tiles again
      onLanguage: (layer) => layer.redraw(),
      legend: () => [{ key: 'cell', label: t('legend.wellCell'), swatch: 'dot', colour: '#0b5d6b' }],
    });
  }
  registry.register({
    id: 'protected-features',
    group: 'protection',
    title: 'layer.protectedFeatures',
    visible: true,
    create: ({ map }) => bboxGeoJsonLayer(map, {
      path: 'protected-features',
      className: 'protected-feature',
      minZoom: 7,
      style: (f) => ({ color: PROTECTED_COLOURS[f.properties?.kind] ?? '#000', weight: 2.5, className: 'protected-feature' }),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, {
        radius: 6, weight: 2, color: '#ffffff', fillOpacity: 1,
        fillColor: PROTECTED_COLOURS[f.properties?.kind] ?? '#000', className: 'protected-feature',
      }),
      tooltip: (f) => featureLabel(f),
    }),
    onLanguage: (layer) => layer.relabel(),
    legend: () => Object.entries(PROTECTED_COLOURS).map(([code, colour]) => ({
      key: code, label: t(`kind.${code}`), swatch: code === 'FALAJ_CHANNEL' ? 'line' : 'dot', colour,
    })),
  });
  registry.register({
    id: 'restricted-zones',
    group: 'protection',
    title: 'layer.restrictedZones',
    visible: true,
    create: ({ map }) => bboxGeoJsonLayer(map, {
      path: 'restricted-zones',
      className: 'restricted-zone',
      minZoom: 6,
      style: (f) => {
        const colour = ZONE_COLOURS[f.properties?.kind] ?? '#000';
        return { color: colour, weight: 1.5, fillColor: colour, fillOpacity: 0.15, className: 'restricted-zone' };
      },
      tooltip: (f) => featureLabel(f),
    }),
    onLanguage: (layer) => layer.relabel(),
    legend: () => Object.entries(ZONE_COLOURS).map(([code, colour]) => ({
      key: code, label: t(`kind.${code}`), swatch: 'fill', colour,
    })),
  });
}

/** Colours of the applications layer by status. */
export const APPLICATION_COLOURS = Object.freeze({
  SUBMITTED: '#2166ac',
  UNDER_REVIEW: '#f4a582',
  MORE_INFORMATION_REQUESTED: '#d6604d',
  APPROVED: '#1a9850',
  REJECTED: '#b2182b',
  REVOKED: '#4d4d4d',
});

/**
 * The planning layers of the zoning module (GET /api/plots, /api/zones with a bbox), off at start:
 * plots from zoom 14, zones from zoom 10; for ministry staff (`applications`), the applications by
 * status from the staff-only OGC API collection (one point each, no applicant; the service answers
 * 404 to anyone else), from zoom 8.
 */
export function registerPlanningLayers(registry, { applications = false } = {}) {
  if (applications) {
    registry.register({
      id: 'applications',
      group: 'planning',
      title: 'layer.applications',
      visible: false,
      create: ({ map }) => bboxGeoJsonLayer(map, {
        path: '/ogc/collections/applications/items', className: 'application', minZoom: 8,
        pointToLayer: (f, latlng) => L.circleMarker(latlng, {
          radius: 6, weight: 2, color: '#ffffff', fillOpacity: 1,
          fillColor: APPLICATION_COLOURS[f.properties?.status] ?? '#000', className: 'application',
        }),
        tooltip: (f) => [f.properties?.reference, t(`applicationStatus.${f.properties?.status}`)].filter(Boolean).join(' — '),
      }),
      onLanguage: (layer) => layer.relabel(),
      legend: () => Object.entries(APPLICATION_COLOURS).map(([code, colour]) => ({
        key: code, label: t(`applicationStatus.${code}`), swatch: 'dot', colour,
      })),
    });
  }
  registry.register({
    id: 'zones',
    group: 'planning',
    title: 'layer.zones',
    visible: false,
    create: ({ map }) => bboxGeoJsonLayer(map, {
      path: 'zones', className: 'zone', minZoom: 10,
      style: (f) => ({ color: zoneColour(f.properties?.code), weight: 1.2, fillColor: zoneColour(f.properties?.code), fillOpacity: 0.12, className: 'zone' }),
      tooltip: (f) => [f.properties?.code, localName(f.properties)].filter(Boolean).join(' — '),
    }),
    onLanguage: (layer) => layer.relabel(),
    legend: () => [{ key: 'zone', label: t('legend.zone'), swatch: 'fill', colour: '#7b3294' }],
  });
  registry.register({
    id: 'plots',
    group: 'planning',
    title: 'layer.plots',
    visible: false,
    create: ({ map }) => bboxGeoJsonLayer(map, {
      path: 'plots', className: 'plot', minZoom: 14,
      style: () => ({ color: '#4d4d4d', weight: 1, fillColor: '#ffffff', fillOpacity: 0.05, className: 'plot' }),
      tooltip: (f) => `${f.properties?.plotNumber ?? ''} · ${f.properties?.wilayat ?? ''}`,
    }),
    onLanguage: (layer) => layer.relabel(),
    legend: () => [{ key: 'plot', label: t('legend.plot'), swatch: 'fill', colour: '#4d4d4d' }],
  });
}

/** A stable colour per zone code (the zoning codes are data, so no fixed table). */
function zoneColour(code) {
  const palette = ['#7b3294', '#c2a5cf', '#008837', '#a6dba0', '#e66101', '#5e3c99', '#b2abd2', '#fdb863'];
  const hash = [...String(code ?? '')].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  return palette[hash % palette.length];
}

/** "Name — kind" of a reference feature in the current language. */
function featureLabel(feature) {
  const p = feature.properties ?? {};
  const name = localName(p);
  const kind = localName({ nameAr: p.kindNameAr, nameEn: p.kindNameEn }) ?? p.kind;
  return [name, kind].filter(Boolean).join(' — ');
}

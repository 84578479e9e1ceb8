import L from './leaflet.js';
import { fetchCodeLists, fetchGovernorates, fetchMapConfig } from './api.js';
import { CodeLists } from './code-lists.js';
import { governoratesLayer, relabelGovernorates } from './governorates-layer.js';
import { initialLanguage, language, onLanguageChange, setLanguage, t } from './i18n.js';
import { Legend } from './legend.js';
import { MapControls } from './map-controls.js';
import { StatusBar } from './status-bar.js';
import { WellsLayer } from './wells-layer.js';

/** Oman as a whole: about 57° E, 21° N at zoom 6. */
const OMAN_CENTRE = [21, 57];
const OMAN_ZOOM = 6;

/*
 * Test hooks: window.manhalMap is the Leaflet map; window.manhalReady resolves (with the map)
 * and #map gets data-ready="true" once the code lists, the governorates and the first wells
 * have each loaded or failed. #map data-wells-state / data-load-seq follow every later load.
 */
let markReady;
window.manhalReady = new Promise((resolve) => {
  markReady = resolve;
});

start();

function start() {
  setLanguage(initialLanguage());
  const mapElement = byId('map');
  const map = L.map(mapElement, { zoomControl: false }).setView(OMAN_CENTRE, OMAN_ZOOM);
  window.manhalMap = map;
  const firstWells = deferred();
  const parts = buildParts(map, mapElement, firstWells);
  wireLanguage(parts);
  const loads = [
    loadCodeLists(parts.codeLists, parts.relabel),
    loadGovernorates(map, parts.governorates),
    firstWells.promise,
  ];
  loadBaseLayer(map);
  parts.wells.reload();
  Promise.allSettled(loads).then(() => {
    mapElement.dataset.ready = 'true';
    markReady(map);
  });
  window.manhal = { map, openWell: (id) => parts.wells.openWell(id), setLanguage };
}

/** The map's components, and `relabel` to bring all of them to the current language. */
function buildParts(map, mapElement, firstWells) {
  const codeLists = new CodeLists();
  const legend = new Legend(codeLists);
  const controls = new MapControls(map, legend);
  const statusBar = new StatusBar(byId('well-count'), byId('wells-notice'));
  const wells = new WellsLayer(map, codeLists, {
    onState: (state) => {
      statusBar.show(state);
      recordLoadState(mapElement, state);
      if (state.state !== 'loading') firstWells.resolve();
    },
    popupPadding: () => controls.popupPadding(),
  });
  const governorates = { layer: null };
  const relabel = () => {
    labelPage(mapElement);
    controls.apply();
    statusBar.render();
    wells.relabel();
    relabelGovernorates(governorates.layer);
  };
  return { codeLists, legend, wells, governorates, relabel };
}

function wireLanguage({ legend, wells, relabel }) {
  onLanguageChange(relabel);
  relabel();
  byId('lang-toggle').addEventListener('click', toggleLanguage);
  legend.getContainer().addEventListener('toggle', () => wells.refitPopups());
}

function loadCodeLists(codeLists, relabel) {
  return fetchCodeLists()
    .then((lists) => {
      codeLists.merge(lists);
      relabel();
    })
    .catch((error) => console.warn('Code lists unavailable; using built-in labels', error));
}

function loadGovernorates(map, holder) {
  return fetchGovernorates()
    .then((collection) => {
      holder.layer = governoratesLayer(map, collection);
    })
    .catch((error) => console.warn('Governorate outlines unavailable', error));
}

/** Adds the base tiles named by GET /api/map-config, if any; without them the outlines are the
 *  base map (the default offline), so a missing or failing config is not an error. */
function loadBaseLayer(map) {
  fetchMapConfig()
    .then((config) => {
      const base = config?.baseLayer;
      if (!base?.url) return;
      L.tileLayer(base.url, {
        attribution: base.attribution ?? '',
        maxZoom: base.maxZoom ?? 18,
      }).addTo(map);
    })
    .catch(() => {});
}

function toggleLanguage() {
  const next = language() === 'ar' ? 'en' : 'ar';
  setLanguage(next, { remember: true });
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
  }
}

/** The texts of the page outside the map in the current language. */
function labelPage(mapElement) {
  document.title = t('appTitle');
  byId('app-title').textContent = t('appTitle');
  mapElement.setAttribute('aria-label', t('mapLabel'));
  const toggle = byId('lang-toggle');
  toggle.textContent = t('langToggle');
  toggle.lang = language() === 'ar' ? 'en' : 'ar'; // the button speaks the language it offers
  toggle.setAttribute('aria-label', t('langToggleLabel'));
}

function recordLoadState(mapElement, { state, seq }) {
  mapElement.dataset.wellsState = state;
  if (state !== 'loading') mapElement.dataset.loadSeq = String(seq);
}

function deferred() {
  let resolve;
  const promise = new Promise((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function byId(id) {
  return document.getElementById(id);
}

import L from './leaflet.js';
import { fetchCodeLists, fetchMapConfig, getJson } from './api.js';
import { hasRole, loadSession, renderAccount } from './account.js';
import { CodeLists } from './code-lists.js';
import { CoordinatesControl } from './coords-control.js';
import { DeepLink, readDeepLink } from './deep-link.js';
import { Outbox } from './field/outbox.js';
import { initialLanguage, language, onLanguageChange, setLanguage, t } from './i18n.js';
import { LayerSwitcher, NARROW_SCREEN } from './layer-switcher.js';
import { registerDefaultLayers, registerPlanningLayers } from './layers/catalogue.js';
import { LayerRegistry } from './layers/registry.js';
import { vectorWellsAvailable } from './layers/vector-tiles.js';
import { MapControls } from './map-controls.js';
import { NetState } from './net-state.js';
import { Panel } from './panel.js';
import {
  applicationReferenceProvider, placeNameProvider, plotNumberProvider, registryNumberProvider, SearchProviders,
} from './search/providers.js';
import { SearchBox } from './search/search-box.js';
import { StatusBar } from './status-bar.js';
import { registerDefaultTools } from './tools.js';
import { WellsLayer } from './wells-layer.js';

/** Oman as a whole: about 57° E, 21° N at zoom 6. */
const OMAN_CENTRE = [21, 57];
const OMAN_ZOOM = 6;
/** Zoom at which a searched or linked well is shown: street level. */
const WELL_ZOOM = 16;

/*
 * Test hooks: window.manhalMap is the Leaflet map; window.manhalReady resolves (with the map)
 * and #map gets data-ready="true" once the code lists, the governorates and the first wells
 * have each loaded or failed. #map data-wells-state / data-load-seq follow every later load.
 * window.manhal gathers the rest (docs/map.md).
 */
let markReady;
window.manhalReady = new Promise((resolve) => {
  markReady = resolve;
});

start();

async function start() {
  setLanguage(initialLanguage());
  const link = readDeepLink();
  const mapElement = byId('map');
  const map = L.map(mapElement, { zoomControl: false });
  if (link.view) map.setView([link.view.lat, link.view.lon], link.view.zoom);
  else map.setView(OMAN_CENTRE, OMAN_ZOOM);
  window.manhalMap = map;
  const [config, vectorTiles, session] = await Promise.all([
    fetchMapConfig().catch(() => ({})), vectorWellsAvailable(), loadSession()]);
  const app = buildApp(map, mapElement, config, vectorTiles, session, link);
  window.manhal = hooks(app);
  const loads = [loadCodeLists(app), app.firstWells.promise];
  const layersShown = app.layers.applyVisible(link.layers);
  loads.push(layersShown);
  if (!app.layers.isVisible('wells')) app.firstWells.resolve();
  if (link.well) app.selectWell(link.well, { fly: !link.view });
  app.panel.open(link.tool);
  Promise.allSettled(loads).then(() => {
    mapElement.dataset.ready = 'true';
    markReady(map);
  });
  app.outbox.flush();
  registerServiceWorker();
  window.dispatchEvent(new CustomEvent('manhal:started', { detail: app }));
}

/** The service worker (sw.js) that keeps the map usable offline; #map[data-offline-ready] once it controls the page. */
function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('sw.js').catch((error) => console.warn('No offline support', error));
  const mark = () => {
    if (navigator.serviceWorker.controller) byId('map').dataset.offlineReady = 'true';
  };
  navigator.serviceWorker.addEventListener('controllerchange', mark);
  mark();
}

/** The map's parts, wired together; `relabel` brings all of them to the current language. */
function buildApp(map, mapElement, config, vectorTiles, session, link) {
  const app = {
    map, mapElement, config, session, codeLists: new CodeLists(), firstWells: deferred(), selectedWell: null,
    // the application a tool shows (its reference only: the deep link never holds an access code)
    initialRef: link.ref, selectedApplication: null,
  };
  app.statusBar = new StatusBar(byId('well-count'), byId('wells-notice'));
  app.popupActions = [];
  app.wells = new WellsLayer(map, app.codeLists, {
    onState: (state) => {
      app.statusBar.show(state);
      recordLoadState(mapElement, state);
      if (state.state !== 'loading') {
        app.firstWells.resolve();
        app.onWellsLoaded?.();
      }
    },
    popupPadding: () => app.controls.popupPadding(),
    onSelect: (id) => {
      app.selectedWell = id;
      app.deepLink.update();
    },
    popupActions: app.popupActions,
  });
  app.layers = new LayerRegistry({ map, codeLists: app.codeLists, config });
  registerDefaultLayers(app.layers, { wells: app.wells, config, vectorTiles });
  registerPlanningLayers(app.layers, { applications: Boolean(session?.staffLayers) });
  app.switcher = new LayerSwitcher(app.layers, {
    colourBy: app.wells.colourBy,
    onColourBy: (dimension) => app.wells.setColourBy(dimension),
  });
  app.coordinates = new CoordinatesControl();
  app.controls = new MapControls(map, app.switcher, app.coordinates);
  app.deepLink = new DeepLink(() => ({
    view: { zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng },
    layers: app.layers.visibleIds(),
    well: app.selectedWell,
    tool: app.panel?.current,
    ref: app.selectedApplication,
  }));
  map.on('moveend', () => app.deepLink.update());
  app.layers.onChange(() => app.deepLink.update());
  app.selectWell = (id, options) => selectWell(app, id, options);
  app.search = searchProviders(app, session);
  app.searchBox = new SearchBox(byId('search'), app.search, (result) => pickResult(app, result),
    hasRole(session, CASE_READERS) ? 'search.staff' : 'search');
  app.outbox = new Outbox();
  app.netState = new NetState(byId('net-state'), app.outbox);
  app.panel = new Panel(byId('panel'), app, () => app.deepLink.update());
  registerDefaultTools(app);
  app.relabel = () => {
    labelPage(mapElement);
    app.controls.apply();
    app.statusBar.render();
    app.wells.relabel();
    app.layers.relabel();
    app.searchBox.relabel();
    app.panel.relabel();
    app.netState.render();
    renderAccount(byId('account'), app.session);
  };
  onLanguageChange(app.relabel);
  app.relabel();
  byId('lang-toggle').addEventListener('click', toggleLanguage);
  app.switcher.getContainer().addEventListener('toggle', () => app.wells.refitPopups());
  // The phone's bottom sheet grows and shrinks with its tool (a citizen's answer, the planner's
  // findings): the map's box changes without a window resize, which Leaflet alone does not see.
  if ('ResizeObserver' in window) new ResizeObserver(() => map.invalidateSize({ pan: false })).observe(mapElement);
  // On a phone an open popup needs the whole map: the layers box steps out of its way while a
  // popup is open (folded, its title still lay over the popup's lower buttons and took their tap).
  // The open popups are counted, so that one closing as another opens does not bring it back.
  const openPopups = new Set();
  const stepAside = () => app.switcher.stepAside(openPopups.size > 0 && window.matchMedia(NARROW_SCREEN).matches);
  map.on('popupopen', (e) => {
    openPopups.add(e.popup);
    stepAside();
  });
  map.on('popupclose', (e) => {
    openPopups.delete(e.popup);
    stepAside();
  });
  return app;
}

/** Who may read plots and applications (the access rules of GET /api/plots/**, /api/applications/**). */
const CASE_READERS = ['STAFF', 'PLANNER', 'CONSULTANCY_OFFICE', 'AUDITOR', 'ADMIN'];

/** The search box's providers: registry numbers and places for everyone, plots and applications for their readers. */
function searchProviders(app, session) {
  const providers = new SearchProviders().register(registryNumberProvider);
  if (hasRole(session, CASE_READERS)) {
    providers.register(plotNumberProvider(app.map)).register(applicationReferenceProvider((reference) => {
      if (app.panel.visibleTools().some((tool) => tool.id === 'planner')) app.panel.open('planner').open(reference);
    }));
  }
  return providers.register(placeNameProvider);
}

function loadCodeLists(app) {
  return fetchCodeLists()
    .then((lists) => {
      app.codeLists.merge(lists);
      app.relabel();
    })
    .catch((error) => console.warn('Code lists unavailable; using built-in labels', error));
}

/** A search result: a well is shown at street level with its popup, an area fitted to the view. */
function pickResult(app, result) {
  if (result.wellId) {
    app.map.setView(result.latlng, Math.max(WELL_ZOOM, app.map.getZoom()));
    app.selectWell(result.wellId, { fly: false });
  } else if (result.bounds) {
    app.map.fitBounds(result.bounds);
  } else if (result.latlng) {
    app.map.setView(result.latlng, Math.max(14, app.map.getZoom()));
  }
  result.onPick?.(app);
}

/**
 * Selects a well: opens its popup once it is on the map (after the next load of the wells if it
 * is not shown yet). With `fly`, first reads the well to centre the map on it.
 */
async function selectWell(app, id, { fly = false } = {}) {
  app.selectedWell = String(id);
  app.deepLink.update();
  if (app.wells.openWell(id)) return true;
  if (fly) {
    try {
      const feature = await getJson(`wells/${encodeURIComponent(id)}`);
      const [lon, lat] = feature.geometry.coordinates;
      app.map.setView([lat, lon], WELL_ZOOM);
    } catch (error) {
      console.warn(`Well ${id} not found`, error);
      return false;
    }
  }
  return new Promise((resolve) => {
    app.onWellsLoaded = () => {
      app.onWellsLoaded = null;
      resolve(app.wells.openWell(id));
    };
  });
}

function hooks(app) {
  return {
    map: app.map,
    app,
    openWell: (id) => app.wells.openWell(id),
    selectWell: (id) => app.selectWell(id, { fly: true }),
    setLanguage,
    layers: app.layers,
    search: app.search,
    panel: app.panel,
    outbox: app.outbox,
  };
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
  byId('skip-link').textContent = t('skipToTools');
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

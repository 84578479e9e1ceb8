/*
 * The map's service worker (scope: the map's folder). It keeps the map usable on weak or absent
 * mobile links: the app shell (page, styles, modules, Leaflet) is precached and served cache
 * first, then refreshed in the background; reference data (outlines, code lists, map settings)
 * and the last wells seen are served from the network when it answers within a few seconds,
 * otherwise from the cache. Writes (POST, PUT, DELETE) are never touched: the outbox
 * (js/field/outbox.js) queues them. No external URL is fetched or cached.
 */
const VERSION = 'manhal-map-v5';
const SHELL_CACHE = `${VERSION}-shell`;
const DATA_CACHE = `${VERSION}-data`;
const NETWORK_TIMEOUT_MS = 4000;

const SHELL = [
  './', 'index.html', 'manifest.webmanifest', 'css/map.css', 'icons/manhal.svg', 'icons/manhal-maskable.svg',
  'webjars/leaflet/1.9.4/dist/leaflet.css', 'webjars/leaflet/1.9.4/dist/leaflet.js',
  'webjars/leaflet/1.9.4/dist/images/marker-icon.png', 'webjars/leaflet/1.9.4/dist/images/marker-icon-2x.png',
  'webjars/leaflet/1.9.4/dist/images/marker-shadow.png',
  'js/account.js', 'js/api.js', 'js/code-lists.js', 'js/coords-control.js', 'js/coords.js', 'js/deep-link.js', 'js/i18n.js',
  'js/layer-switcher.js', 'js/leaflet.js', 'js/main.js', 'js/map-controls.js', 'js/panel.js', 'js/status-bar.js',
  'js/tools.js', 'js/well-popup.js', 'js/well-status.js', 'js/wells-layer.js', 'js/net-state.js',
  'js/layers/admin-areas.js', 'js/layers/bbox-geojson.js', 'js/layers/catalogue.js', 'js/layers/registry.js',
  'js/layers/mvt.js', 'js/layers/vector-tiles.js', 'js/layers/well-tiles-draw.js', 'js/layers/well-tiles-worker.js',
  'js/search/providers.js', 'js/search/search-box.js',
  'js/field/outbox.js', 'js/tools/field.js',
  'js/tools/application-map.js', 'js/tools/chart.js', 'js/tools/citizen.js', 'js/tools/count.js', 'js/tools/export.js', 'js/tools/findings.js', 'js/tools/form.js',
  'js/tools/import.js', 'js/tools/planner.js', 'js/tools/polygon-draw.js', 'js/tools/register.js',
  'js/tools/well-editor.js', 'js/tools/zoning-findings.js',
];

/**
 * API reads worth keeping for offline use (GET only). Never a citizen's view of an application
 * (/api/public/…): what an access code opened stays off the device, whoever uses it next.
 */
const CACHED_API = /\/api\/(admin-areas|code-lists|map-config|wells|protected-features|restricted-zones|plots|zones)(\?|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => !key.startsWith(VERSION)).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // cache 'no-store' (the outbox's reads): straight to the network, as the page asked.
  if (request.method !== 'GET' || url.origin !== self.location.origin || request.cache === 'no-store') return;
  if (url.pathname.includes('/tiles/')) {
    event.respondWith(networkFirst(request));
    return;
  }
  if (url.pathname.includes('/api/public/')) return;
  if (url.pathname.includes('/api/')) {
    if (CACHED_API.test(url.pathname + url.search)) event.respondWith(networkFirst(request));
    return;
  }
  if (request.mode === 'navigate') {
    // Only the map itself is kept for offline starts; other pages (sign-in) go to the network.
    const scope = new URL(self.registration.scope);
    const isMap = url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`;
    if (isMap) event.respondWith(networkFirst(request, './'));
    return;
  }
  event.respondWith(cacheFirst(request, event));
});

/** The cached copy at once, refreshed from the network behind it; the network when not cached. */
async function cacheFirst(request, event) {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  const refresh = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(refresh.catch(() => undefined));
    return cached;
  }
  return refresh;
}

/** The network if it answers within NETWORK_TIMEOUT_MS, else the cached copy (or `fallback`'s). */
async function networkFirst(request, fallback) {
  const cache = await caches.open(fallback ? SHELL_CACHE : DATA_CACHE);
  const network = fetch(request).then((response) => {
    if (response.ok) cache.put(fallback ?? request, response.clone());
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch {
    // offline: the cache below
  }
  const cached = await cache.match(fallback ?? request);
  if (cached) return cached;
  return network.catch(() => new Response(JSON.stringify({ title: 'Offline', titleAr: 'لا يوجد اتصال' }), {
    status: 503, headers: { 'Content-Type': 'application/problem+json' },
  }));
}

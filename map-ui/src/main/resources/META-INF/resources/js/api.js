/**
 * The HTTP calls the map makes. URLs are relative to the page (api/… resolves to /api/… when
 * the map is served at /), so the map also works behind a reverse proxy with a path prefix.
 */

const API_BASE = new URL('api/', document.baseURI);

/**
 * A non-2xx answer, with the URL, status, the problem+json body (if any) and, for a 429 or 503,
 * the seconds its Retry-After asks to wait (null without one).
 */
export class ApiError extends Error {
  constructor(url, status, problem = null, method = 'GET', retryAfter = null) {
    super(`${method} ${url} answered ${status}`);
    this.name = 'ApiError';
    this.url = String(url);
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds(retryAfter, problem);
  }
}

/** Retry-After as seconds (a number or an HTTP date), else the problem's retryAfterSeconds. */
function retryAfterSeconds(header, problem) {
  if (header) {
    const seconds = /^\d+$/.test(header.trim()) ? Number(header) : Math.ceil((Date.parse(header) - Date.now()) / 1000);
    if (Number.isFinite(seconds)) return Math.max(0, seconds);
  }
  return typeof problem?.retryAfterSeconds === 'number' ? problem.retryAfterSeconds : null;
}

/** The URL of an API path with query parameters (absent or empty values left out). */
export function apiUrl(path, params = {}) {
  const url = new URL(path, API_BASE);
  Object.entries(params).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  });
  return url;
}

/**
 * Wells inside a bounding box: GET api/wells?bbox=minLon,minLat,maxLon,maxLat&limit=n
 * (CRS84), answering an RFC 7946 FeatureCollection with numberMatched / numberReturned.
 */
export function fetchWells(bbox, limit, signal) {
  return getJson('wells', { bbox: bbox.join(','), limit }, signal);
}

/** The well with this registry number: GET api/wells?registryNumber=… (a FeatureCollection). */
export function findWellByRegistryNumber(registryNumber, signal) {
  return getJson('wells', { registryNumber, limit: 5 }, signal);
}

/** Outlines: GET api/admin-areas?level=GOVERNORATE|WILAYAT|COUNTRY (FeatureCollection). */
export function fetchAdminAreas(level = 'GOVERNORATE', signal) {
  return getJson('admin-areas', { level }, signal);
}

/** Governorate outlines: GET api/admin-areas?level=GOVERNORATE (FeatureCollection). */
export function fetchGovernorates(signal) {
  return fetchAdminAreas('GOVERNORATE', signal);
}

/** Labels of the well codes: GET api/code-lists → {wellType, wellUse, wellStatus}. */
export function fetchCodeLists(signal) {
  return getJson('code-lists', {}, signal);
}

/** Optional map settings: GET api/map-config → {baseLayer: {url, attribution, maxZoom}}. */
export function fetchMapConfig(signal) {
  return getJson('map-config', {}, signal);
}

/** GET an API path as JSON; throws ApiError on a non-2xx answer. */
export async function getJson(path, params = {}, signal = undefined) {
  const answer = await send('GET', path, { params, signal });
  return answer.body;
}

/**
 * Any call: {status, etag, body} for a 2xx answer, ApiError (with the problem) otherwise.
 * `body` is sent as JSON unless it is FormData; `headers` are added as given; `cache: 'no-store'`
 * also keeps the service worker's offline copies out of it (the outbox must see the live registry).
 */
export async function send(method, path, { params = {}, body, headers = {}, signal, cache } = {}) {
  const url = apiUrl(path, params);
  const init = { method, signal, cache, headers: { Accept: 'application/geo+json, application/json;q=0.9', ...headers } };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = init.headers['Content-Type'] ?? 'application/json';
  }
  if (method !== 'GET' && method !== 'HEAD') Object.assign(init.headers, csrfHeader());
  const response = await fetch(url, init);
  const text = await response.text();
  const parsed = text ? safeJson(text) : null;
  if (!response.ok) throw new ApiError(url, response.status, parsed, method, response.headers.get('Retry-After'));
  return { status: response.status, etag: response.headers.get('ETag'), location: response.headers.get('Location'), body: parsed };
}

/**
 * The header a browser session's writes carry: the CSRF token Spring Security handed out in the
 * XSRF-TOKEN cookie (none without a session, and API clients with credentials need none).
 */
export function csrfHeader() {
  const cookie = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? { 'X-XSRF-TOKEN': decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) } : {};
}

/** The problem's message in a language, from an ApiError: field errors first, then the title. */
export function problemText(error, lang) {
  const problem = error?.problem;
  if (!problem) return error?.message ?? String(error);
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  const pick = (item) => (lang === 'ar' ? item.messageAr ?? item.message : item.message ?? item.messageAr);
  const lines = errors.map((item) => [item.field, pick(item) ?? item.code].filter(Boolean).join(': '));
  const title = lang === 'ar' ? problem.titleAr ?? problem.title : problem.title;
  const detail = lang === 'ar' ? problem.detailAr ?? problem.detail : problem.detail;
  return [title, ...(lines.length ? lines : [detail])].filter(Boolean).join(' — ');
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text.slice(0, 300) };
  }
}

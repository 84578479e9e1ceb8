/**
 * The HTTP calls the map makes. URLs are relative to the page (api/… resolves to /api/… when
 * the map is served at /), so the map also works behind a reverse proxy with a path prefix.
 */

const API_BASE = new URL('api/', document.baseURI);

/** A non-2xx answer, with the URL and status for the console. */
export class ApiError extends Error {
  constructor(url, status) {
    super(`GET ${url} answered ${status}`);
    this.name = 'ApiError';
    this.url = String(url);
    this.status = status;
  }
}

/**
 * Wells inside a bounding box: GET api/wells?bbox=minLon,minLat,maxLon,maxLat&limit=n
 * (CRS84), answering an RFC 7946 FeatureCollection with numberMatched / numberReturned.
 */
export function fetchWells(bbox, limit, signal) {
  return getJson('wells', { bbox: bbox.join(','), limit }, signal);
}

/** Governorate outlines: GET api/admin-areas?level=GOVERNORATE (FeatureCollection). */
export function fetchGovernorates(signal) {
  return getJson('admin-areas', { level: 'GOVERNORATE' }, signal);
}

/** Labels of the well codes: GET api/code-lists → {wellType, wellUse, wellStatus}. */
export function fetchCodeLists(signal) {
  return getJson('code-lists', {}, signal);
}

/** Optional map settings: GET api/map-config → {baseLayer: {url, attribution, maxZoom}}. */
export function fetchMapConfig(signal) {
  return getJson('map-config', {}, signal);
}

async function getJson(path, params, signal) {
  const url = new URL(path, API_BASE);
  Object.entries(params).forEach(([name, value]) => url.searchParams.set(name, value));
  const response = await fetch(url, {
    headers: { Accept: 'application/geo+json, application/json;q=0.9' },
    signal,
  });
  if (!response.ok) throw new ApiError(url, response.status);
  return response.json();
}

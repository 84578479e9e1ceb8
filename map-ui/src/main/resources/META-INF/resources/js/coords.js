/**
 * Coordinates as staff read and type them: decimal lon/lat, degrees-minutes-seconds and UTM on
 * WGS 84 (EPSG:32640 for Oman, EPSG:32639 west of 54° E, as the registry's metric computations),
 * and typed PSD93 / UTM (EPSG:3440, 3439) read through the seven-parameter transformation.
 * Pure functions, no DOM. UTM uses Krüger's series to the sixth order of n (Karney 2011,
 * "Transverse Mercator with an accuracy of a few nanometers", J. Geodesy 85), so it agrees with
 * PostGIS ST_Transform to well under a millimetre inside a zone.
 */

const K0 = 0.9996;
const FALSE_EASTING = 500000;

/** The ellipsoids of the accepted CRSs: WGS 84, and Clarke 1880 (RGS) of PSD93 as PROJ names it (clrk80). */
const WGS84 = { a: 6378137, f: 1 / 298.257223563 };
const CLARKE_1880_RGS = { a: 6378249.145, f: 1 / 293.465 };

/** Krüger's series constants of an ellipsoid (sixth order in n). */
function series({ a, f }) {
  const n = f / (2 - f);
  return {
    e: Math.sqrt(f * (2 - f)),
    radius: (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64 + n ** 6 / 256),
    alpha: [
      n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16 + (41 * n ** 4) / 180 - (127 * n ** 5) / 288 + (7891 * n ** 6) / 37800,
      (13 * n ** 2) / 48 - (3 * n ** 3) / 5 + (557 * n ** 4) / 1440 + (281 * n ** 5) / 630 - (1983433 * n ** 6) / 1935360,
      (61 * n ** 3) / 240 - (103 * n ** 4) / 140 + (15061 * n ** 5) / 26880 + (167603 * n ** 6) / 181440,
      (49561 * n ** 4) / 161280 - (179 * n ** 5) / 168 + (6601661 * n ** 6) / 7257600,
      (34729 * n ** 5) / 80640 - (3418889 * n ** 6) / 1995840,
      (212378941 * n ** 6) / 319334400,
    ],
    beta: [
      n / 2 - (2 * n ** 2) / 3 + (37 * n ** 3) / 96 - n ** 4 / 360 - (81 * n ** 5) / 512 + (96199 * n ** 6) / 604800,
      n ** 2 / 48 + n ** 3 / 15 - (437 * n ** 4) / 1440 + (46 * n ** 5) / 105 - (1118711 * n ** 6) / 3870720,
      (17 * n ** 3) / 480 - (37 * n ** 4) / 840 - (209 * n ** 5) / 4480 + (5569 * n ** 6) / 90720,
      (4397 * n ** 4) / 161280 - (11 * n ** 5) / 504 - (830251 * n ** 6) / 7257600,
      (4583 * n ** 5) / 161280 - (108847 * n ** 6) / 3991680,
      (20648693 * n ** 6) / 638668800,
    ],
  };
}

const WGS84_SERIES = series(WGS84);
const CLARKE_SERIES = series(CLARKE_1880_RGS);
/**
 * PSD93 → WGS 84, the seven parameters PostGIS's spatial_ref_sys gives EPSG:3439/3440/4134
 * (+towgs84, position-vector convention): metres, arc-seconds, parts per million.
 */
const PSD93_TO_WGS84 = { tx: -180.624, ty: -225.516, tz: 173.919, rx: -0.81, ry: -1.898, rz: 8.336, ppm: 16.71006 };
const RAD = Math.PI / 180;

/** The CRSs the map reads typed coordinates in: all of the API's InputCrs. */
export const TYPED_CRS = Object.freeze(['EPSG:4326', 'EPSG:32640', 'EPSG:32639', 'EPSG:3440', 'EPSG:3439']);

/** The UTM zone the registry measures in at this longitude: 39 west of 54° E, else 40. */
export function utmZoneFor(lon) {
  return lon < 54 ? 39 : 40;
}

/** EPSG code of WGS 84 / UTM zone `zone` N. */
export function utmEpsg(zone) {
  return `EPSG:${32600 + zone}`;
}

/** WGS 84 lon/lat (degrees) → UTM {zone, easting, northing} (metres), northern hemisphere. */
export function toUtm(lon, lat, zone = utmZoneFor(lon)) {
  const { e: E, radius: RECTIFYING_RADIUS, alpha: ALPHA } = WGS84_SERIES;
  const lambda = (lon - (zone * 6 - 183)) * RAD;
  const phi = lat * RAD;
  const tau = Math.tan(phi);
  const sigma = Math.sinh(E * Math.atanh((E * tau) / Math.sqrt(1 + tau * tau)));
  const tauPrime = tau * Math.sqrt(1 + sigma * sigma) - sigma * Math.sqrt(1 + tau * tau);
  const xiPrime = Math.atan2(tauPrime, Math.cos(lambda));
  const etaPrime = Math.asinh(Math.sin(lambda) / Math.sqrt(tauPrime * tauPrime + Math.cos(lambda) ** 2));
  let xi = xiPrime;
  let eta = etaPrime;
  ALPHA.forEach((alpha, i) => {
    const j = 2 * (i + 1);
    xi += alpha * Math.sin(j * xiPrime) * Math.cosh(j * etaPrime);
    eta += alpha * Math.cos(j * xiPrime) * Math.sinh(j * etaPrime);
  });
  return { zone, easting: FALSE_EASTING + K0 * RECTIFYING_RADIUS * eta, northing: K0 * RECTIFYING_RADIUS * xi };
}

/** UTM zone N easting/northing (metres) → {lon, lat} in degrees on the same datum (WGS 84 unless `on` says). */
export function fromUtm(zone, easting, northing, on = WGS84_SERIES) {
  const { e: E, radius: RECTIFYING_RADIUS, beta: BETA } = on;
  const xi = northing / (K0 * RECTIFYING_RADIUS);
  const eta = (easting - FALSE_EASTING) / (K0 * RECTIFYING_RADIUS);
  let xiPrime = xi;
  let etaPrime = eta;
  BETA.forEach((beta, i) => {
    const j = 2 * (i + 1);
    xiPrime -= beta * Math.sin(j * xi) * Math.cosh(j * eta);
    etaPrime -= beta * Math.cos(j * xi) * Math.sinh(j * eta);
  });
  const tauPrime = Math.sin(xiPrime) / Math.sqrt(Math.sinh(etaPrime) ** 2 + Math.cos(xiPrime) ** 2);
  const lambda = Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime));
  return { lon: zone * 6 - 183 + lambda / RAD, lat: Math.atan(conformalToGeographic(tauPrime, E)) / RAD };
}

/** PSD93 / UTM zone N (EPSG:3440, 3439) → WGS 84 {lon, lat}: Clarke 1880 UTM, then the Helmert transformation. */
export function fromPsd93Utm(zone, easting, northing) {
  const psd93 = fromUtm(zone, easting, northing, CLARKE_SERIES);
  return helmertToWgs84(psd93.lon, psd93.lat, CLARKE_1880_RGS, PSD93_TO_WGS84);
}

/** Geodetic on `from` → geocentric, seven-parameter position-vector Helmert, → geodetic on WGS 84 (height 0). */
function helmertToWgs84(lon, lat, from, p) {
  const [x, y, z] = geocentric(lon * RAD, lat * RAD, from);
  const s = 1 + p.ppm * 1e-6;
  const [rx, ry, rz] = [p.rx, p.ry, p.rz].map((arcsec) => (arcsec / 3600) * RAD);
  const X = p.tx + s * (x - rz * y + ry * z);
  const Y = p.ty + s * (rz * x + y - rx * z);
  const Z = p.tz + s * (-ry * x + rx * y + z);
  return geodetic(X, Y, Z, WGS84);
}

function geocentric(lambda, phi, { a, f }) {
  const e2 = f * (2 - f);
  const nu = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  return [nu * Math.cos(phi) * Math.cos(lambda), nu * Math.cos(phi) * Math.sin(lambda), nu * (1 - e2) * Math.sin(phi)];
}

/** Geocentric → {lon, lat} by fixed-point iteration on the latitude (converges to 1e-12 in a few steps near the surface). */
function geodetic(x, y, z, { a, f }) {
  const e2 = f * (2 - f);
  const p = Math.hypot(x, y);
  let phi = Math.atan2(z, p * (1 - e2));
  for (let i = 0; i < 10; i++) {
    const nu = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
    const h = p / Math.cos(phi) - nu;
    const next = Math.atan2(z, p * (1 - (e2 * nu) / (nu + h)));
    if (Math.abs(next - phi) < 1e-13) {
      phi = next;
      break;
    }
    phi = next;
  }
  return { lon: Math.atan2(y, x) / RAD, lat: phi / RAD };
}

/** Newton's method for tan φ from the conformal latitude's tangent (Karney 2011, eq. 19–21). */
function conformalToGeographic(tauPrime, E) {
  const e2m = 1 - E * E;
  let tau = tauPrime;
  for (let i = 0; i < 5; i++) {
    const sigma = Math.sinh(E * Math.atanh((E * tau) / Math.sqrt(1 + tau * tau)));
    const tauI = tau * Math.sqrt(1 + sigma * sigma) - sigma * Math.sqrt(1 + tau * tau);
    const delta = ((tauPrime - tauI) / Math.sqrt(1 + tauI * tauI)) * ((1 + e2m * tau * tau) / (e2m * Math.sqrt(1 + tau * tau)));
    tau += delta;
    if (Math.abs(delta) < 1e-14) break;
  }
  return tau;
}

/** One angle as 22°55'59.88"N (seconds to two decimals, which is about 30 cm). */
export function toDms(value, positive, negative) {
  const hemisphere = value < 0 ? negative : positive;
  let totalHundredths = Math.round(Math.abs(value) * 360000);
  const degrees = Math.floor(totalHundredths / 360000);
  totalHundredths -= degrees * 360000;
  const minutes = Math.floor(totalHundredths / 6000);
  const seconds = (totalHundredths - minutes * 6000) / 100;
  return `${degrees}°${String(minutes).padStart(2, '0')}'${seconds.toFixed(2).padStart(5, '0')}"${hemisphere}`;
}

/** lat/lon as DMS, latitude first as staff write it: 22°55'59.88"N 57°31'48.36"E. */
export function formatDms(lon, lat) {
  return `${toDms(lat, 'N', 'S')} ${toDms(lon, 'E', 'W')}`;
}

/** lon/lat in decimal degrees to 6 places (about 10 cm). */
export function formatLonLat(lon, lat) {
  return `${lon.toFixed(6)}, ${lat.toFixed(6)}`;
}

/** UTM as "40N 554352.66 2536234.10" (centimetres). */
export function formatUtm(lon, lat) {
  const { zone, easting, northing } = toUtm(lon, lat);
  return `${zone}N ${easting.toFixed(2)} ${northing.toFixed(2)}`;
}

const DMS_PART = /(\d+(?:\.\d+)?)\s*°\s*(?:(\d+(?:\.\d+)?)\s*['′]\s*)?(?:(\d+(?:\.\d+)?)\s*(?:["″]|''|′′)\s*)?([NSEW])/gi;

/**
 * Typed coordinates → {lon, lat} in WGS 84, or null when they cannot be read. EPSG:4326 takes
 * decimal "lon lat" (comma or space) or DMS with hemisphere letters in either order; the UTM
 * CRSs take "easting northing" in metres. The service re-reads what was typed (it keeps the
 * original), so this only places the point on the map and runs the live check.
 */
export function parseCoordinates(text, crs) {
  const trimmed = String(text ?? '').trim();
  if (!trimmed) return null;
  if (crs === 'EPSG:4326') return /[°NSEW]/i.test(trimmed) ? parseDms(trimmed) : parseDecimal(trimmed);
  const zone = { 'EPSG:32640': 40, 'EPSG:32639': 39, 'EPSG:3440': 40, 'EPSG:3439': 39 }[crs];
  if (!zone) return null;
  const numbers = twoNumbers(trimmed);
  if (!numbers) return null;
  return crs.startsWith('EPSG:34') ? fromPsd93Utm(zone, numbers[0], numbers[1]) : fromUtm(zone, numbers[0], numbers[1]);
}

function parseDecimal(text) {
  const numbers = twoNumbers(text);
  if (!numbers) return null;
  const [lon, lat] = numbers;
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? { lon, lat } : null;
}

function parseDms(text) {
  const found = {};
  for (const match of text.matchAll(DMS_PART)) {
    const value = Number(match[1]) + Number(match[2] ?? 0) / 60 + Number(match[3] ?? 0) / 3600;
    const hemisphere = match[4].toUpperCase();
    const axis = hemisphere === 'N' || hemisphere === 'S' ? 'lat' : 'lon';
    if (found[axis] !== undefined) return null;
    found[axis] = hemisphere === 'S' || hemisphere === 'W' ? -value : value;
  }
  return found.lon !== undefined && found.lat !== undefined ? { lon: found.lon, lat: found.lat } : null;
}

function twoNumbers(text) {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length !== 2) return null;
  const numbers = parts.map(Number);
  return numbers.every(Number.isFinite) ? numbers : null;
}

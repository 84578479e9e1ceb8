/**
 * Coordinates as staff read and type them: decimal lon/lat, degrees-minutes-seconds and UTM on
 * WGS 84 (EPSG:32640 for Oman, EPSG:32639 west of 54° E, as the registry's metric computations).
 * Pure functions, no DOM. UTM uses Krüger's series to the sixth order of n (Karney 2011,
 * "Transverse Mercator with an accuracy of a few nanometers", J. Geodesy 85), so it agrees with
 * PostGIS ST_Transform to well under a millimetre inside a zone.
 */

const A = 6378137; // WGS 84 semi-major axis, metres
const F = 1 / 298.257223563; // WGS 84 flattening
const K0 = 0.9996;
const FALSE_EASTING = 500000;
const E = Math.sqrt(F * (2 - F));
const N = F / (2 - F);
const RECTIFYING_RADIUS = (A / (1 + N)) * (1 + N ** 2 / 4 + N ** 4 / 64 + N ** 6 / 256);
const ALPHA = [
  N / 2 - (2 * N ** 2) / 3 + (5 * N ** 3) / 16 + (41 * N ** 4) / 180 - (127 * N ** 5) / 288 + (7891 * N ** 6) / 37800,
  (13 * N ** 2) / 48 - (3 * N ** 3) / 5 + (557 * N ** 4) / 1440 + (281 * N ** 5) / 630 - (1983433 * N ** 6) / 1935360,
  (61 * N ** 3) / 240 - (103 * N ** 4) / 140 + (15061 * N ** 5) / 26880 + (167603 * N ** 6) / 181440,
  (49561 * N ** 4) / 161280 - (179 * N ** 5) / 168 + (6601661 * N ** 6) / 7257600,
  (34729 * N ** 5) / 80640 - (3418889 * N ** 6) / 1995840,
  (212378941 * N ** 6) / 319334400,
];
const BETA = [
  N / 2 - (2 * N ** 2) / 3 + (37 * N ** 3) / 96 - N ** 4 / 360 - (81 * N ** 5) / 512 + (96199 * N ** 6) / 604800,
  N ** 2 / 48 + N ** 3 / 15 - (437 * N ** 4) / 1440 + (46 * N ** 5) / 105 - (1118711 * N ** 6) / 3870720,
  (17 * N ** 3) / 480 - (37 * N ** 4) / 840 - (209 * N ** 5) / 4480 + (5569 * N ** 6) / 90720,
  (4397 * N ** 4) / 161280 - (11 * N ** 5) / 504 - (830251 * N ** 6) / 7257600,
  (4583 * N ** 5) / 161280 - (108847 * N ** 6) / 3991680,
  (20648693 * N ** 6) / 638668800,
];
const RAD = Math.PI / 180;

/** The CRSs the map reads typed coordinates in (a subset of the API's InputCrs). */
export const TYPED_CRS = Object.freeze(['EPSG:4326', 'EPSG:32640', 'EPSG:32639']);

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

/** UTM zone N easting/northing (metres) → WGS 84 {lon, lat} in degrees. */
export function fromUtm(zone, easting, northing) {
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
  return { lon: zone * 6 - 183 + lambda / RAD, lat: Math.atan(conformalToGeographic(tauPrime)) / RAD };
}

/** Newton's method for tan φ from the conformal latitude's tangent (Karney 2011, eq. 19–21). */
function conformalToGeographic(tauPrime) {
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
  const zone = { 'EPSG:32640': 40, 'EPSG:32639': 39 }[crs];
  if (!zone) return null;
  const numbers = twoNumbers(trimmed);
  return numbers ? fromUtm(zone, numbers[0], numbers[1]) : null;
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

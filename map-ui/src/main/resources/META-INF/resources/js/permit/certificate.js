/**
 * Fills the permit certificate (permit.html?number=…) from the public verification,
 * api/public/permits/{number}: the permit's type, status, dates, wilayat and conditions in Arabic
 * and in English, its well or plot on a small map, and the QR code of the verification URL. The
 * map has no tile service: only the permit's geometry is drawn (the plot outline and the building
 * footprint, or the well), with a scale bar for its size. Sets body[data-ready] to "true" when
 * the page is filled (or shows a problem), for the browser tests and for printing.
 */
import L from '../leaflet.js';

const STATUS_CLASS = Object.freeze({ VALID: 'valid', EXPIRED: 'expired', REVOKED: 'revoked' });
const NONE = Object.freeze({ ar: 'لا شروط خاصة.', en: 'No special conditions.' });

const byId = (id) => document.getElementById(id);

function number() {
  return new URLSearchParams(window.location.search).get('number') || '';
}

function text(id, value) {
  byId(id).textContent = value;
}

/** A row of a facts list: term and value. */
function fact(list, term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value ?? '—';
  list.append(dt, dd);
}

function facts(permit) {
  const ar = byId('facts-ar');
  const en = byId('facts-en');
  fact(ar, 'نوع التصريح', permit.typeAr);
  fact(en, 'Permit type', permit.typeEn);
  fact(ar, 'الحالة', permit.statusAr);
  fact(en, 'Status', permit.statusEn);
  fact(ar, 'ساري من', permit.validFrom);
  fact(en, 'Valid from', permit.validFrom);
  fact(ar, 'ساري حتى', permit.expiresOn);
  fact(en, 'Valid until', permit.expiresOn);
  if (permit.revokedAt) {
    fact(ar, 'أُلغي في', permit.revokedAt.slice(0, 10));
    fact(en, 'Revoked on', permit.revokedAt.slice(0, 10));
  }
  fact(ar, 'الولاية', permit.wilayat?.nameAr);
  fact(en, 'Wilayat', permit.wilayat?.nameEn);
  fact(ar, 'المحافظة', permit.governorate?.nameAr);
  fact(en, 'Governorate', permit.governorate?.nameEn);
}

function conditions(permit) {
  const list = permit.conditions.length ? permit.conditions : [NONE];
  for (const lang of ['ar', 'en']) {
    const ol = byId(`conditions-${lang}`);
    for (const c of list) {
      const li = document.createElement('li');
      li.textContent = c[lang];
      ol.append(li);
    }
  }
}

/** The permit's geometry alone, fitted; a well as a marked point, a plot as its outline with the footprint inside. */
function drawMap(permit) {
  const map = L.map('map', {
    zoomControl: false, attributionControl: false, dragging: false, scrollWheelZoom: false,
    doubleClickZoom: false, boxZoom: false, keyboard: false, touchZoom: false,
  });
  L.control.scale({ metric: true, imperial: false }).addTo(map);
  const shapes = L.featureGroup().addTo(map);
  if (permit.location.type === 'Point') {
    const [lon, lat] = permit.location.coordinates;
    L.circleMarker([lat, lon], { radius: 7, color: '#0b5d6b', weight: 2, fillColor: '#1f8fa3', fillOpacity: 0.9,
      className: 'certificate__well' }).addTo(shapes);
  } else {
    L.geoJSON(permit.location, { style: { color: '#6b4f2a', weight: 2, fillColor: '#f3ecdc', fillOpacity: 1,
      className: 'certificate__plot' } }).addTo(shapes);
  }
  if (permit.footprint) {
    L.geoJSON(permit.footprint, { style: { color: '#0b5d6b', weight: 1.5, fillColor: '#1f8fa3', fillOpacity: 0.45,
      className: 'certificate__footprint' } }).addTo(shapes);
  }
  map.fitBounds(shapes.getBounds(), { padding: [24, 24], maxZoom: 18 });
}

function show(permit) {
  text('title-ar', `تصريح ${permit.typeAr}`);
  text('title-en', `${permit.typeEn} permit`);
  text('number', permit.number);
  const status = byId('status');
  status.textContent = `${permit.statusAr} · ${permit.statusEn}`;
  status.classList.add(`certificate__status--${STATUS_CLASS[permit.status] ?? 'valid'}`);
  status.dataset.status = permit.status;
  facts(permit);
  conditions(permit);
  byId('qr').src = permit.qrCodeUrl;
  const link = byId('verify-link');
  link.href = permit.verificationUrl;
  link.textContent = permit.verificationUrl;
  document.title = `${permit.number} — منهل · Manhal`;
  byId('permit').hidden = false;
  drawMap(permit);
}

function problem(ar, en) {
  const p = byId('problem');
  p.textContent = `${ar} · ${en}`;
  p.hidden = false;
}

async function start() {
  byId('print').addEventListener('click', () => window.print());
  const n = number();
  if (!n) {
    problem('لم يُذكر رقم التصريح (?number=).', 'No permit number was given (?number=).');
    return;
  }
  const response = await fetch(`api/public/permits/${encodeURIComponent(n)}`, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    problem(body.detailAr ?? 'تعذّر التحقق من التصريح.', body.detail ?? 'The permit could not be verified.');
    return;
  }
  show(body);
}

start()
  .catch(() => problem('تعذّر تحميل التصريح.', 'The permit could not be loaded.'))
  .finally(() => { document.body.dataset.ready = 'true'; });

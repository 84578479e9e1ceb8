import L from '../leaflet.js';
import { ApiError, findWellByRegistryNumber, getJson, send } from '../api.js';
import { formatNumber, localName, t } from '../i18n.js';
import { adminAreas } from '../layers/admin-areas.js';
import { viewBbox } from '../wells-layer.js';

/**
 * The search box's providers. Each: {id, title: i18n key, accepts(query) → bool,
 * search(query, signal) → Promise<[{id, label, detail, bounds | latlng, wellId?}]>}.
 * The box asks every provider that accepts the query, in parallel, and lists the answers grouped
 * by provider. Plot numbers and application references are for the roles the access rules let
 * read them (registered in main.js from the session).
 */
export class SearchProviders {
  constructor() {
    this.providers = [];
  }

  register(provider) {
    this.providers.push(provider);
    return this;
  }

  /** [{provider, results}] of the providers that accept the query (failures listed empty). */
  async search(query, signal) {
    const asked = this.providers.filter((p) => p.accepts(query));
    const answers = await Promise.all(asked.map((provider) => provider.search(query, signal)
      .then((results) => ({ provider, results }))
      .catch((error) => {
        if (error.name === 'AbortError') throw error;
        console.warn(`Search ${provider.id} failed`, error);
        return { provider, results: [], failed: true };
      })));
    return answers;
  }
}

/** A registry number (W-DA-2026-000017, or any number an import kept): GET /api/wells?registryNumber=. */
export const registryNumberProvider = {
  id: 'registry-number',
  title: 'search.registryNumber',
  accepts: (query) => /\d/.test(query) && query.trim().length >= 3,
  async search(query, signal) {
    const collection = await findWellByRegistryNumber(query.trim(), signal);
    return (collection.features ?? []).map((f) => ({
      id: `well-${f.id}`,
      wellId: String(f.id),
      label: f.properties?.registryNumber,
      detail: [localName(f.properties?.wilayat), localName(f.properties?.governorate)].filter(Boolean).join('، '),
      latlng: L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]),
    }));
  },
};

/** Arabic and English names compared without case, diacritics, tatweel or alef/yaa/taa variants. */
export function normaliseName(text) {
  return String(text ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/^(al|el|ال)[\s-]?/g, '')
    .replace(/[\s'’`-]+/g, ' ')
    .trim();
}

/** Governorates and wilayats by name, in either language, from the shipped boundaries. */
export const placeNameProvider = {
  id: 'place',
  title: 'search.place',
  accepts: (query) => normaliseName(query).length >= 2,
  async search(query) {
    const wanted = normaliseName(query);
    const levels = await Promise.all(['GOVERNORATE', 'WILAYAT'].map((level) => adminAreas(level)));
    return levels.flatMap((collection) => collection.features ?? [])
      .map((f) => ({ f, rank: rank(f.properties, wanted) }))
      .filter(({ rank: r }) => r < 3)
      .sort((a, b) => a.rank - b.rank || localName(a.f.properties).localeCompare(localName(b.f.properties)))
      .slice(0, 8)
      .map(({ f }) => ({
        id: `area-${f.properties.code}`,
        areaCode: f.properties.code,
        label: localName(f.properties),
        detail: t(`level.${f.properties.level}`),
        bounds: L.geoJSON(f).getBounds(),
      }));
  },
};

/** 0 exact, 1 prefix, 2 contained, 3 no match; of either name. */
function rank(properties, wanted) {
  const names = [properties.nameAr, properties.nameEn].map(normaliseName);
  if (names.includes(wanted)) return 0;
  if (names.some((n) => n.startsWith(wanted))) return 1;
  return names.some((n) => n.includes(wanted)) ? 2 : 3;
}

/** A wilayat code as the registry writes it (OM-MA-SEB), any case. */
const WILAYAT_CODE = /^om-[a-z]{2}-[a-z]{2,4}$/i;
/** A plot number: letters, digits, `.`, `_`, `-`, `/` between them, at least one digit (docs/zoning.md). */
const PLOT_NUMBER = /^(?=.*\d)(?=.{1,60}$)[\w.-]+(\/[\w.-]+)*$/;

/**
 * Plots by number (staff, planners, offices, auditors: parcels carry owners, and the map never
 * shows one): "OM-MA-SEB/3-1-10" or "OM-MA-SEB 3-1-10", or a wilayat's name and the number
 * ("السيب 3-1-10", "Seeb 3-1-10"), read with GET /api/plots/{wilayat}/{plotNumber}; a number
 * alone is looked for among the plots of the current view (GET /api/plots?bbox=, no owners).
 */
export function plotNumberProvider(map) {
  return {
    id: 'plot',
    title: 'search.plot',
    accepts: (query) => Boolean(plotQuery(query)),
    async search(query, signal) {
      const { wilayat, number } = plotQuery(query);
      if (!wilayat) {
        const collection = await getJson('plots', { bbox: viewBbox(map).join(','), limit: 1000 }, signal);
        const wanted = number.toLowerCase();
        return Promise.all((collection.features ?? []).filter((f) => f.properties.plotNumber.toLowerCase() === wanted)
          .slice(0, 8).map(plotResult));
      }
      const codes = WILAYAT_CODE.test(wilayat) ? [wilayat.toUpperCase()] : await wilayatCodes(wilayat);
      const plots = await Promise.all(codes.map((code) => getJson(`plots/${encodeURIComponent(code)}/${plotPath(number)}`, {}, signal)
        .catch((error) => {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        })));
      return Promise.all(plots.filter(Boolean).map(plotResult));
    },
  };
}

/**
 * {wilayat?, number} of a plot query, or null when it is none. Plot numbers hold `/` (17/3-B):
 * after a wilayat code the rest is the number; otherwise the last word is.
 */
function plotQuery(query) {
  const q = query.trim();
  const coded = q.match(/^(om-[a-z]{2}-[a-z]{2,4})[\s/]+(\S+)$/i);
  const words = coded ? [coded[1], coded[2]] : q.split(/\s+/).filter(Boolean);
  const number = words.at(-1);
  if (!number || !PLOT_NUMBER.test(number)) return null;
  const wilayat = words.slice(0, -1).join(' ');
  if (!wilayat && !/[-./]/.test(number)) return null; // a bare 1234 is a registry number's business
  return { wilayat: wilayat || null, number };
}

/** The number as the rest of the path: each part encoded, its `/` kept (an encoded one is refused). */
function plotPath(number) {
  return number.split('/').map(encodeURIComponent).join('/');
}

/** The codes of (at most three) wilayats whose name holds `name`, in either language, loosely spelt. */
async function wilayatCodes(name) {
  const wanted = normaliseName(name);
  const collection = await adminAreas('WILAYAT');
  return (collection.features ?? []).filter((f) => [f.properties.nameAr, f.properties.nameEn]
    .map(normaliseName).some((n) => n.includes(wanted))).slice(0, 3).map((f) => f.properties.code);
}

async function plotResult(f) {
  const collection = await adminAreas('WILAYAT').catch(() => ({ features: [] }));
  const area = collection.features?.find((a) => a.properties.code === f.properties.wilayat);
  return {
    id: `plot-${f.id}`,
    label: f.properties.plotNumber,
    detail: [area ? localName(area.properties) : f.properties.wilayat,
      `${formatNumber(f.properties.areaM2, { maximumFractionDigits: 0 })} ${t('unit.m2')}`].join(' · '),
    bounds: L.geoJSON(f).getBounds(),
  };
}

/** An application reference (BP-MA-2026-000001), any case. */
const REFERENCE = /^[a-z]{2}-[a-z]{2,3}-\d{4}-\d{1,12}$/i;

/**
 * Applications by reference for those who may read them (GET /api/applications/{ref}): the map
 * shows the location; `onPick` opens it in the planner queue when the session has that tool.
 */
export function applicationReferenceProvider(openApplication) {
  return {
    id: 'application',
    title: 'search.application',
    accepts: (query) => REFERENCE.test(query.trim()),
    async search(query, signal) {
      const reference = query.trim().toUpperCase();
      let a;
      try {
        a = (await send('GET', `applications/${encodeURIComponent(reference)}`, { signal, cache: 'no-store' })).body;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return [];
        throw error;
      }
      const shape = L.geoJSON(a.location);
      const point = a.location.type === 'Point';
      return [{
        id: `application-${a.reference}`,
        label: a.reference,
        detail: `${t(`applicationType.${a.type}`)} · ${t(`applicationStatus.${a.status}`)}`,
        ...(point ? { latlng: L.latLng(a.location.coordinates[1], a.location.coordinates[0]) } : { bounds: shape.getBounds() }),
        onPick: () => openApplication?.(a.reference),
      }];
    },
  };
}

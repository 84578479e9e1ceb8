import L from '../leaflet.js';
import { findWellByRegistryNumber } from '../api.js';
import { localName, t } from '../i18n.js';
import { adminAreas } from '../layers/admin-areas.js';

/**
 * The search box's providers. Each: {id, title: i18n key, accepts(query) → bool,
 * search(query, signal) → Promise<[{id, label, detail, bounds | latlng, wellId?}]>}.
 * The box asks every provider that accepts the query, in parallel, and lists the answers grouped
 * by provider. Plot numbers and application references are providers of the same shape, added
 * when their APIs arrive (docs/map.md).
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

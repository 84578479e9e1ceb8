/**
 * Every user-facing string of the map, in Arabic (first) and English, plus the fallback labels
 * of the well code lists (used when GET /api/code-lists fails).
 *
 * The language is chosen once at start: `?lang=ar|en` in the URL, else the last choice stored in
 * localStorage, else Arabic. Changing it sets `lang` and `dir` on <html> and notifies listeners,
 * so each component re-labels itself without a reload.
 */

const STORAGE_KEY = 'manhal.lang';

/** Per language: text direction and the Intl locale. Arabic uses Latin digits, matching the
 *  registry numbers (W-MA-2026-000001); drop `-u-nu-latn` for Arabic-Indic digits. */
export const LANGUAGES = Object.freeze({
  ar: Object.freeze({ dir: 'rtl', locale: 'ar-OM-u-nu-latn' }),
  en: Object.freeze({ dir: 'ltr', locale: 'en-GB' }),
});

const MESSAGES = {
  ar: {
    appTitle: 'منهل — سجل الآبار',
    mapLabel: 'خريطة الآبار في سلطنة عمان',
    langToggle: 'English',
    langToggleLabel: 'Switch the map to English',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    legendTitle: 'حالة البئر',
    // Latin names inside LRI…PDI isolates (U+2066, U+2069) so the RTL line keeps their order.
    boundariesAttribution:
      'الحدود الإدارية: \u2066Who\'s On First\u2069 (\u2066CC0\u2069 ومصادر \u2066CC-BY\u2069: '
      + '\u2066Quattroshapes, Mesoshapes\u2069)',
    wellsLoading: 'جارٍ تحميل الآبار…',
    wellsError: 'تعذّر تحميل الآبار. حرّك الخريطة للمحاولة مرة أخرى.',
    wellCount: {
      zero: 'لا توجد آبار في نطاق الخريطة',
      one: 'بئر واحدة في نطاق الخريطة',
      two: 'بئران في نطاق الخريطة',
      few: '{n} آبار في نطاق الخريطة',
      many: '{n} بئرًا في نطاق الخريطة',
      other: '{n} بئر في نطاق الخريطة',
    },
    wellCountAtLeast: 'أكثر من {n} بئر في نطاق الخريطة',
    truncatedNotice: 'تُعرض {shown} من أصل {total} بئر — كبّر الخريطة لعرض الجميع',
    truncatedNoticeUnknownTotal: 'تُعرض أول {shown} بئر فقط — كبّر الخريطة لعرض الجميع',
    popupLabel: 'بيانات البئر',
    'field.registryNumber': 'رقم السجل',
    'field.type': 'نوع البئر',
    'field.use': 'الاستخدام',
    'field.status': 'الحالة',
    'field.depthM': 'العمق (م)',
    'field.diameterMm': 'القطر (مم)',
    'field.yieldM3PerDay': 'الإنتاجية (م³/يوم)',
    'field.wilayat': 'الولاية',
    'field.governorate': 'المحافظة',
    noValue: '—',
  },
  en: {
    appTitle: 'Manhal — Well registry',
    mapLabel: 'Map of wells in Oman',
    langToggle: 'العربية',
    langToggleLabel: 'عرض الخريطة بالعربية',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    legendTitle: 'Well status',
    boundariesAttribution:
      'Administrative boundaries: Who\'s On First (CC0 / CC-BY sources: Quattroshapes, Mesoshapes)',
    wellsLoading: 'Loading wells…',
    wellsError: 'Could not load the wells. Move the map to try again.',
    wellCount: {
      zero: 'No wells in view',
      one: '1 well in view',
      other: '{n} wells in view',
    },
    wellCountAtLeast: 'More than {n} wells in view',
    truncatedNotice: 'Showing {shown} of {total} wells — zoom in to see all',
    truncatedNoticeUnknownTotal: 'Showing the first {shown} wells only — zoom in to see all',
    popupLabel: 'Well details',
    'field.registryNumber': 'Registry number',
    'field.type': 'Type',
    'field.use': 'Use',
    'field.status': 'Status',
    'field.depthM': 'Depth (m)',
    'field.diameterMm': 'Diameter (mm)',
    'field.yieldM3PerDay': 'Yield (m³/day)',
    'field.wilayat': 'Wilayat',
    'field.governorate': 'Governorate',
    noValue: '—',
  },
};

/**
 * Labels of the well code lists, in the shape GET /api/code-lists answers. Used per code when
 * the server does not supply it. Arabic adjectives agree with بئر (feminine).
 */
export const FALLBACK_CODE_LISTS = Object.freeze({
  wellType: [
    { code: 'HAND_DUG', en: 'Hand-dug', ar: 'بئر يدوية' },
    { code: 'BOREHOLE', en: 'Borehole', ar: 'بئر أنبوبية' },
  ],
  wellUse: [
    { code: 'DOMESTIC', en: 'Domestic', ar: 'منزلي' },
    { code: 'AGRICULTURAL', en: 'Agricultural', ar: 'زراعي' },
    { code: 'LIVESTOCK', en: 'Livestock', ar: 'ثروة حيوانية' },
    { code: 'INDUSTRIAL', en: 'Industrial', ar: 'صناعي' },
    { code: 'COMMERCIAL', en: 'Commercial', ar: 'تجاري' },
    { code: 'PUBLIC_SUPPLY', en: 'Public supply', ar: 'إمداد عام بالمياه' },
    { code: 'FALAJ_ASSIST', en: 'Falaj assist', ar: 'رفد الفلج' },
    { code: 'MONITORING', en: 'Monitoring', ar: 'مراقبة' },
  ],
  wellStatus: [
    { code: 'PROPOSED', en: 'Proposed', ar: 'مقترحة' },
    { code: 'PERMITTED', en: 'Permitted', ar: 'مرخّصة' },
    { code: 'ACTIVE', en: 'Active', ar: 'عاملة' },
    { code: 'STANDBY', en: 'Standby', ar: 'احتياطية' },
    { code: 'NOT_IN_USE', en: 'Not in use', ar: 'غير مستخدمة' },
    { code: 'DEEPENED', en: 'Deepened', ar: 'معمّقة' },
    { code: 'ABANDONED', en: 'Abandoned', ar: 'مهجورة' },
    { code: 'BACKFILLED', en: 'Backfilled', ar: 'مردومة' },
    { code: 'ILLEGAL_DETECTED', en: 'Illegal (detected)', ar: 'مخالفة مرصودة' },
  ],
});

let current = 'ar';
const listeners = new Set();

/** The language to start with: URL parameter, then the stored choice, then Arabic. */
export function initialLanguage(search = window.location.search) {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isSupported(fromUrl)) return fromUrl;
  const stored = readStored();
  return isSupported(stored) ? stored : 'ar';
}

export function isSupported(lang) {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, lang ?? '');
}

export function language() {
  return current;
}

export function direction() {
  return LANGUAGES[current].dir;
}

/**
 * Switches the language of the page. `remember` stores it for the next visit (the toggle does,
 * a `?lang=` URL does not, so a shared link does not change someone's saved preference).
 */
export function setLanguage(lang, { remember = false } = {}) {
  if (!isSupported(lang)) throw new RangeError(`Unsupported language: ${lang}`);
  current = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = direction();
  if (remember) writeStored(lang);
  listeners.forEach((listener) => listener(lang));
}

/** Calls `listener(lang)` after every language change. */
export function onLanguageChange(listener) {
  listeners.add(listener);
}

/**
 * The message `key` in the current language with `{name}` placeholders filled from `params`.
 * A plural message (an object) is chosen by `params.n` with the language's plural rules.
 */
export function t(key, params = {}) {
  const message = MESSAGES[current][key] ?? MESSAGES.en[key];
  if (message === undefined) throw new RangeError(`No message: ${key}`);
  const text = typeof message === 'string' ? message : pluralForm(message, params.n);
  return text.replace(/\{(\w+)\}/g, (_, name) => formatParam(params[name]));
}

/** A number formatted for the current language, or the "no value" dash when absent. */
export function formatNumber(value, options = {}) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return t('noValue');
  return new Intl.NumberFormat(LANGUAGES[current].locale, options).format(Number(value));
}

/** The name of an `{nameAr, nameEn}` (or `{ar, en}`) object in the current language. */
export function localName(named) {
  if (!named) return null;
  const ar = named.nameAr ?? named.ar;
  const en = named.nameEn ?? named.en;
  return (current === 'ar' ? ar || en : en || ar) || named.code || null;
}

function pluralForm(forms, n) {
  if (n === 0 && forms.zero) return forms.zero;
  const category = new Intl.PluralRules(LANGUAGES[current].locale).select(n);
  return forms[category] ?? forms.other;
}

function formatParam(value) {
  return typeof value === 'number' ? formatNumber(value) : String(value ?? '');
}

function readStored() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (privacy mode): fall back to the default
  }
}

function writeStored(lang) {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

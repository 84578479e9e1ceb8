import { FALLBACK_CODE_LISTS, language } from './i18n.js';

/**
 * Labels of the well codes (type, use, status) in Arabic and English. Starts from the
 * fallback table in i18n.js; labels from GET /api/code-lists replace it code by code, so a
 * partial or failed answer still leaves every known code labelled.
 */
export class CodeLists {
  constructor() {
    this.lists = new Map();
    this.merge(FALLBACK_CODE_LISTS);
  }

  /** Adds the entries of a `{listName: [{code, en, ar}]}` object, replacing same codes. */
  merge(source) {
    Object.entries(source ?? {}).forEach(([listName, entries]) => {
      if (!Array.isArray(entries)) return;
      const list = this.lists.get(listName) ?? new Map();
      entries.filter((entry) => entry?.code).forEach((entry) => list.set(entry.code, entry));
      this.lists.set(listName, list);
    });
  }

  /** The label of `code` in the current language; the code itself when unknown. */
  label(listName, code) {
    if (code === null || code === undefined) return null;
    const entry = this.lists.get(listName)?.get(code);
    if (!entry) return String(code);
    return (language() === 'ar' ? entry.ar || entry.en : entry.en || entry.ar) || String(code);
  }

  /** The codes of a list in their order. */
  codes(listName) {
    return [...(this.lists.get(listName)?.keys() ?? [])];
  }
}

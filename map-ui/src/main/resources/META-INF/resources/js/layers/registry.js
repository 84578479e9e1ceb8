import { language, t } from '../i18n.js';

/**
 * The map's layers as entries of one registry, so that the layer switcher, the legend and the
 * deep links read the same list and a new layer is one `register` call (see docs/map.md).
 *
 * An entry: {
 *   id: 'wells',                       // stable, used in the URL (layers=…) and as data-layer
 *   group: 'base'|'wells'|'protection'|'planning'|'admin',
 *   title: 'i18n key' | {ar, en},
 *   visible: true,                     // on at start (the URL's layers= overrides)
 *   create(context) → a Leaflet layer, or a Promise of one (made once, on first show),
 *   legend(context) → [{key, label, swatch: 'dot'|'line'|'fill', className}] (optional),
 *   onLanguage(layer) (optional)       // relabel tooltips etc. after a language change
 * }
 * `context` is {map, codeLists, config}.
 */
export class LayerRegistry {
  constructor(context) {
    this.context = context;
    this.entries = [];
    this.state = new Map(); // id → {layer, visible, loading}
    this.listeners = new Set();
  }

  register(entry) {
    if (this.entries.some((e) => e.id === entry.id)) throw new Error(`Layer ${entry.id} registered twice`);
    this.entries.push(entry);
    this.state.set(entry.id, { layer: null, visible: false, pending: null });
    return this;
  }

  /** Entries in switcher order: by group, then registration order. */
  list() {
    const order = ['base', 'admin', 'wells', 'protection', 'planning'];
    return [...this.entries].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  }

  isVisible(id) {
    return this.state.get(id)?.visible ?? false;
  }

  visibleIds() {
    return this.entries.filter((e) => this.isVisible(e.id)).map((e) => e.id);
  }

  /** The Leaflet layer of an entry once created (null before it was first shown). */
  layer(id) {
    return this.state.get(id)?.layer ?? null;
  }

  /** Shows or hides a layer, creating it the first time; resolves when it is on the map. */
  async setVisible(id, visible) {
    const entry = this.entries.find((e) => e.id === id);
    const state = this.state.get(id);
    if (!entry || !state) return;
    state.visible = visible;
    if (visible && !state.layer) {
      state.pending = state.pending ?? Promise.resolve(entry.create(this.context));
      try {
        state.layer = await state.pending;
      } catch (error) {
        console.warn(`Layer ${id} unavailable`, error);
        state.pending = null;
        state.visible = false;
        this.notify();
        return;
      }
    }
    if (state.layer) {
      const { map } = this.context;
      if (state.visible && !map.hasLayer(state.layer)) state.layer.addTo(map);
      if (!state.visible && map.hasLayer(state.layer)) map.removeLayer(state.layer);
    }
    this.notify();
  }

  /** Shows the entries named (or those visible by default when `ids` is null), hides the rest. */
  applyVisible(ids) {
    return Promise.all(this.entries.map((e) => this.setVisible(e.id, ids ? ids.includes(e.id) : e.visible !== false)));
  }

  relabel() {
    this.entries.forEach((e) => {
      const layer = this.layer(e.id);
      if (layer && e.onLanguage) e.onLanguage(layer);
    });
  }

  onChange(listener) {
    this.listeners.add(listener);
  }

  notify() {
    this.listeners.forEach((listener) => listener());
  }
}

/** The title of an entry (an i18n key or an {ar, en} pair) in the current language. */
export function entryTitle(entry) {
  if (typeof entry.title === 'string') return t(entry.title);
  return (language() === 'ar' ? entry.title?.ar : entry.title?.en) ?? entry.id;
}

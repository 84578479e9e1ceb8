import L from './leaflet.js';
import { t } from './i18n.js';
import { entryTitle } from './layers/registry.js';

/** Below this width (a phone) the switcher starts folded, leaving the map to the wells, and steps aside for a popup. */
export const NARROW_SCREEN = '(max-width: 640px)';

/**
 * The layer switcher and legend in one control, drawn from the layer registry: a checkbox per
 * layer (radio buttons for the base layers), and under each visible layer its legend. It is a
 * <details> element, so it folds without script and with the keyboard.
 * `onColourBy(dimension)` is called when the wells' colouring changes (status or use).
 */
export const LayerSwitcher = L.Control.extend({
  options: { position: 'bottomleft' },

  initialize(registry, { onColourBy, colourBy }, options) {
    L.setOptions(this, options);
    this.registry = registry;
    this.onColourBy = onColourBy;
    this.colourBy = colourBy;
    registry.onChange(() => this.render());
  },

  onAdd() {
    this.container = L.DomUtil.create('details', 'layers leaflet-bar');
    this.container.id = 'layers';
    this.container.dataset.testid = 'layers';
    this.container.open = !window.matchMedia(NARROW_SCREEN).matches && !this.aside;
    // the control is added again whenever it moves corner (a language change): keep stepping aside
    this.container.hidden = Boolean(this.aside);
    L.DomEvent.disableClickPropagation(this.container);
    L.DomEvent.disableScrollPropagation(this.container);
    this.render();
    return this.container;
  },

  /**
   * Steps out of the map's way (folded and hidden) or comes back folded: on a phone an open
   * popup needs the whole map, and the folded box's title lay over its lower buttons (main.js).
   */
  stepAside(aside) {
    this.aside = aside;
    if (!this.container) return;
    if (aside) this.container.open = false;
    this.container.hidden = aside;
  },

  render() {
    if (!this.container) return;
    const summary = L.DomUtil.create('summary', 'layers__title');
    summary.textContent = t('layersTitle');
    const body = L.DomUtil.create('div', 'layers__body');
    let group = null;
    let fieldset = null;
    this.registry.list().forEach((entry) => {
      if (entry.group !== group) {
        group = entry.group;
        fieldset = L.DomUtil.create('fieldset', 'layers__group', body);
        L.DomUtil.create('legend', 'layers__group-title', fieldset).textContent = t(`layerGroup.${group}`);
      }
      fieldset.append(this.row(entry));
    });
    this.container.replaceChildren(summary, body);
  },

  row(entry) {
    const row = L.DomUtil.create('div', 'layers__row');
    row.dataset.layer = entry.id;
    const id = `layer-toggle-${entry.id}`;
    const input = L.DomUtil.create('input', 'layers__toggle', row);
    input.type = entry.group === 'base' ? 'radio' : 'checkbox';
    if (entry.group === 'base') input.name = 'base-layer';
    input.id = id;
    input.checked = this.registry.isVisible(entry.id);
    input.addEventListener('change', () => this.toggle(entry, input.checked));
    const label = L.DomUtil.create('label', 'layers__label', row);
    label.htmlFor = id;
    label.textContent = entryTitle(entry);
    if (entry.id === 'wells' && input.checked) row.append(this.colourBySelect());
    if (input.checked && entry.legend) row.append(this.legend(entry));
    return row;
  },

  /** The wells' legend is always open; the others fold (their state kept across re-renders). */
  legend(entry) {
    const list = legendList(entry, this.registry.context);
    if (entry.id === 'wells') return list;
    this.folds = this.folds ?? new Set();
    const fold = L.DomUtil.create('details', 'legend-fold');
    fold.open = this.folds.has(entry.id);
    fold.addEventListener('toggle', () => (fold.open ? this.folds.add(entry.id) : this.folds.delete(entry.id)));
    L.DomUtil.create('summary', 'legend-fold__title', fold).textContent = t('legendFold');
    fold.append(list);
    return fold;
  },

  toggle(entry, checked) {
    if (entry.group === 'base') {
      this.registry.list().filter((e) => e.group === 'base')
        .forEach((e) => this.registry.setVisible(e.id, e.id === entry.id));
    } else {
      this.registry.setVisible(entry.id, checked);
    }
  },

  colourBySelect() {
    const wrap = L.DomUtil.create('label', 'layers__colour-by');
    wrap.append(t('colourBy'));
    const select = L.DomUtil.create('select', 'layers__select', wrap);
    select.id = 'colour-by';
    ['status', 'use'].forEach((dimension) => {
      const option = L.DomUtil.create('option', '', select);
      option.value = dimension;
      option.textContent = t(`colourBy.${dimension}`);
    });
    select.value = this.colourBy;
    select.addEventListener('change', () => {
      this.colourBy = select.value;
      this.onColourBy(select.value);
      this.render();
      this.container.querySelector('#colour-by')?.focus();
    });
    return wrap;
  },
});

function legendList(entry, context) {
  const list = L.DomUtil.create('ul', 'legend__list');
  if (entry.id === 'wells') list.id = 'legend';
  entry.legend(context).forEach((item) => {
    const li = L.DomUtil.create('li', 'legend__item', list);
    if (item.dimension) li.dataset[item.dimension] = item.key;
    else li.dataset.key = item.key;
    const swatch = L.DomUtil.create('span', `legend__swatch legend__swatch--${item.swatch} ${item.className ?? ''}`, li);
    if (item.colour) swatch.style.setProperty('--swatch', item.colour);
    swatch.setAttribute('aria-hidden', 'true');
    L.DomUtil.create('span', 'legend__label', li).textContent = item.label;
  });
  return list;
}

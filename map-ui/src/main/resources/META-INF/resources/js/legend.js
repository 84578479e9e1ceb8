import L from './leaflet.js';
import { t } from './i18n.js';
import { STATUS_COLOURS } from './well-status.js';

/** Below this width the legend starts folded, leaving the map to the wells. */
const NARROW_SCREEN = '(max-width: 640px)';

/**
 * A Leaflet control listing the marker colour of each well status, re-labelled on demand.
 * It is a <details> element, so it folds and unfolds without script and keyboard-accessibly.
 */
export const Legend = L.Control.extend({
  options: { position: 'bottomleft' },

  initialize(codeLists, options) {
    L.setOptions(this, options);
    this.codeLists = codeLists;
  },

  onAdd() {
    this.container = L.DomUtil.create('details', 'legend leaflet-bar');
    this.container.id = 'legend';
    this.container.dataset.testid = 'legend';
    this.container.open = !window.matchMedia(NARROW_SCREEN).matches;
    L.DomEvent.disableClickPropagation(this.container);
    L.DomEvent.disableScrollPropagation(this.container);
    this.render();
    return this.container;
  },

  /** Rebuilds the labels in the current language, keeping the folded or unfolded state. */
  render() {
    if (!this.container) return;
    const title = L.DomUtil.create('summary', 'legend__title');
    title.textContent = t('legendTitle');
    const list = L.DomUtil.create('ul', 'legend__list');
    Object.entries(STATUS_COLOURS).forEach(([code, colour]) => list.append(item(code, colour, this.codeLists)));
    this.container.replaceChildren(title, list);
  },
});

function item(code, colour, codeLists) {
  const li = L.DomUtil.create('li', 'legend__item');
  li.dataset.status = code;
  const swatch = L.DomUtil.create('span', 'legend__swatch', li);
  swatch.style.backgroundColor = colour;
  swatch.setAttribute('aria-hidden', 'true');
  const label = L.DomUtil.create('span', 'legend__label', li);
  label.textContent = codeLists.label('wellStatus', code);
  return li;
}

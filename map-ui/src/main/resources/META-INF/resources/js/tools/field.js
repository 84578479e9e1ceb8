import L from '../leaflet.js';
import { formatDms } from '../coords.js';
import { formatNumber, language, t } from '../i18n.js';
import { button, codeOptions, el, field, input, message, numberOrNull, select } from './form.js';

/** The registry's location accuracy classes, by the phone's reported accuracy (metres). */
const ACCURACY_CLASSES = [[1, 'WITHIN_1_M'], [5, 'WITHIN_5_M'], [15, 'WITHIN_15_M'], [100, 'WITHIN_100_M']];

/**
 * Field work on a phone: "Register a well here" takes the phone's position with its accuracy
 * (drawn as a circle), and the registration goes into the outbox (js/field/outbox.js), which
 * sends it now or when the link returns. Updates of a well's status or depth made from its popup
 * go the same way. The outbox is listed with each item's state; a conflict shows the well as it
 * is now beside the technician's change, to keep theirs or apply the change on top.
 * Hooks: #field-position[data-accuracy], #field-outbox li[data-state][data-kind].
 */
export function fieldTool(app, outbox) {
  return {
    id: 'field',
    title: 'tool.field',
    mount: (section) => new FieldTool(app, section, outbox),
  };
}

class FieldTool {
  constructor(app, section, outbox) {
    this.app = app;
    this.section = section;
    this.outbox = outbox;
    this.state = { type: 'HAND_DUG', use: 'AGRICULTURAL', status: 'ACTIVE' };
    this.position = null;
    this.update = null; // {feature} of a well being updated
    this.items = [];
    this.marks = L.layerGroup();
    outbox.onChange(() => this.refresh());
    this.refresh();
  }

  show() {
    this.marks.addTo(this.app.map);
  }

  hide() {
    this.marks.remove();
  }

  relabel() {
    this.render();
  }

  async refresh() {
    this.items = await this.outbox.all().catch(() => []);
    this.items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    this.render();
  }

  render() {
    const nodes = [el('h3', 'tool__title', t('field.title'))];
    nodes.push(this.update ? this.updateForm() : this.registerForm());
    if (this.error) nodes.push(message('field-error', this.error, 'error'));
    nodes.push(this.outboxList());
    this.section.replaceChildren(...nodes);
  }

  registerForm() {
    const form = el('form', 'tool__form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.queueRegistration();
    });
    form.append(button('field.here', () => this.locate(), { id: 'field-locate' }));
    const where = el('p', 'tool__point', this.position ? positionText(this.position) : t('field.noPosition'));
    where.id = 'field-position';
    if (this.position) {
      where.dataset.accuracy = String(this.position.accuracy);
      where.dir = 'auto';
    }
    form.append(where);
    const codeLists = this.app.codeLists;
    form.append(
      field('field-type', 'field.type', select(this.state, 'type', codeOptions(codeLists, 'wellType'))),
      field('field-use', 'field.use', select(this.state, 'use', codeOptions(codeLists, 'wellUse'))),
      field('field-status', 'field.status', select(this.state, 'status', codeOptions(codeLists, 'wellStatus'))),
      field('field-depth', 'field.depthM', input(this.state, 'depthM', { type: 'number', step: 'any', min: 0, dir: 'ltr' })),
    );
    const save = button('field.save', null, { id: 'field-save', disabled: !this.position, submit: true });
    form.append(save);
    return form;
  }

  /** Asks the phone for its position (high accuracy), shows it with its accuracy circle. */
  locate() {
    this.error = null;
    if (!navigator.geolocation) {
      this.error = t('field.noGeolocation');
      this.render();
      return;
    }
    navigator.geolocation.getCurrentPosition((pos) => {
      this.position = { lon: pos.coords.longitude, lat: pos.coords.latitude, accuracy: pos.coords.accuracy };
      const latlng = [this.position.lat, this.position.lon];
      this.marks.clearLayers();
      L.circle(latlng, { radius: this.position.accuracy, color: '#0b5d6b', weight: 1, fillOpacity: 0.15, className: 'field-accuracy' }).addTo(this.marks);
      L.circleMarker(latlng, { radius: 6, color: '#ffffff', weight: 2, fillColor: '#0b5d6b', fillOpacity: 1, className: 'field-position' }).addTo(this.marks);
      this.marks.addTo(this.app.map);
      this.app.map.setView(latlng, Math.max(this.app.map.getZoom(), 16));
      this.render();
    }, (error) => {
      this.error = t('field.positionFailed', { reason: error.message });
      this.render();
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 0 });
  }

  async queueRegistration() {
    if (!this.position) return;
    const { lon, lat, accuracy } = this.position;
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
      properties: {
        type: this.state.type, use: this.state.use, status: this.state.status, depthM: numberOrNull(this.state.depthM),
        locationSource: 'HANDHELD_GPS', locationAccuracy: accuracyClass(accuracy),
      },
    };
    await this.outbox.register(feature);
    this.position = null;
    this.marks.clearLayers();
    this.state.depthM = '';
    await this.refresh();
  }

  /** Starts an update of a shown well (from its popup): status and depth. */
  startUpdate(feature) {
    this.update = { feature, edits: { status: feature.properties.status, depthM: valueText(feature.properties.depthM) } };
    this.render();
  }

  updateForm() {
    const { feature, edits } = this.update;
    const form = el('form', 'tool__form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.queueUpdate();
    });
    const title = el('p', 'tool__point', t('field.updating', { number: feature.properties.registryNumber }));
    title.dir = 'auto';
    form.append(title,
      field('field-update-status', 'field.status', select(edits, 'status', codeOptions(this.app.codeLists, 'wellStatus'))),
      field('field-update-depth', 'field.depthM', input(edits, 'depthM', { type: 'number', step: 'any', min: 0, dir: 'ltr' })));
    const actions = el('div', 'tool__actions');
    const save = button('field.saveUpdate', null, { id: 'field-update-save', submit: true });
    actions.append(save, button('field.cancel', () => {
      this.update = null;
      this.render();
    }, { kind: 'secondary' }));
    form.append(actions);
    return form;
  }

  async queueUpdate() {
    const { feature, edits } = this.update;
    const p = feature.properties;
    const changes = {};
    if (edits.status !== p.status) changes.status = edits.status;
    if (numberOrNull(edits.depthM) !== (p.depthM ?? null)) changes.depthM = numberOrNull(edits.depthM);
    this.update = null;
    if (Object.keys(changes).length) await this.outbox.update(feature.id, `"${p.version}"`, changes, p.registryNumber);
    await this.refresh();
  }

  outboxList() {
    const box = el('section', 'outbox');
    const head = el('div', 'outbox__head');
    head.append(el('h4', 'outbox__title', t('outbox.title')));
    if (this.items.some((item) => item.state === 'sent')) {
      head.append(button('outbox.clearSent', () => this.outbox.clearSent(), { kind: 'secondary', id: 'outbox-clear-sent' }));
    }
    const list = el('ul', 'outbox__list');
    list.id = 'field-outbox';
    if (!this.items.length) list.append(el('li', 'outbox__empty', t('outbox.empty')));
    this.items.forEach((item) => list.append(this.outboxItem(item)));
    box.append(head, list);
    return box;
  }

  outboxItem(item) {
    const li = el('li', `outbox__item outbox__item--${item.state}`);
    Object.assign(li.dataset, { state: item.state, kind: item.kind, itemId: item.id });
    const what = item.kind === 'register'
      ? t('outbox.register', { use: this.app.codeLists.label('wellUse', item.feature.properties.use) })
      : t('outbox.update', { number: item.label ?? item.wellId });
    li.append(el('div', 'outbox__what', what), el('div', 'outbox__state', stateText(item)));
    if (item.state === 'sent' && item.result?.registryNumber) {
      const number = el('div', 'outbox__result', item.result.registryNumber);
      number.dir = 'ltr';
      li.dataset.registryNumber = item.result.registryNumber;
      li.dataset.wellId = String(item.result.id);
      li.append(number);
    }
    if (item.state === 'conflict') li.append(this.conflict(item));
    if (item.state === 'rejected') {
      const problem = item.problem;
      const text = (problem?.errors ?? []).map((e) => (language() === 'ar' ? e.messageAr ?? e.message : e.message)).join(' — ')
        || (language() === 'ar' ? problem?.titleAr : problem?.title) || '';
      li.append(el('p', 'outbox__problem', text), button('outbox.discard', () => this.outbox.remove(item.id), { kind: 'secondary' }));
    }
    return li;
  }

  conflict(item) {
    const box = el('div', 'conflict');
    box.setAttribute('role', 'alert');
    const theirs = item.theirs?.properties ?? {};
    box.append(el('p', 'conflict__title', t('conflict.title', { v: theirs.version ?? '?' })));
    const table = el('table', 'conflict__table');
    const head = el('tr');
    ['conflict.field', 'conflict.mine', 'conflict.theirs'].forEach((key) => head.append(el('th', '', t(key))));
    table.append(head);
    Object.entries(item.changes ?? {}).forEach(([key, mine]) => {
      const row = el('tr');
      row.dataset.field = key;
      row.append(el('th', '', t(`field.${key}`)), el('td', '', this.show(key, mine)), el('td', '', this.show(key, theirs[key])));
      table.append(row);
    });
    const actions = el('div', 'tool__actions');
    actions.append(
      button('conflict.keepTheirs', () => this.outbox.keepTheirs(item), { kind: 'secondary', id: `outbox-keep-${item.id}` }),
      button('conflict.applyMine', () => this.outbox.applyMine(item), { id: `outbox-apply-${item.id}` }),
    );
    box.append(table, actions);
    return box;
  }

  show(key, value) {
    if (value === null || value === undefined || value === '') return t('noValue');
    return key === 'status' ? this.app.codeLists.label('wellStatus', value) : formatNumber(value);
  }
}

function stateText(item) {
  return t(`outbox.state.${item.state}`, { attempts: item.attempts });
}

function positionText({ lon, lat, accuracy }) {
  return `${formatDms(lon, lat)} · ${t('field.accuracy', { m: Math.round(accuracy) })}`;
}

function accuracyClass(metres) {
  return ACCURACY_CLASSES.find(([limit]) => metres <= limit)?.[1] ?? 'UNKNOWN';
}

function valueText(value) {
  return value === null || value === undefined ? '' : String(value);
}

/** Seven decimals (about 1 cm), more than a phone's GNSS gives. */
function round(value) {
  return Math.round(value * 1e7) / 1e7;
}

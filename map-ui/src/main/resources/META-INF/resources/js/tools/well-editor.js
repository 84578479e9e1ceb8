import { ApiError, problemText, send } from '../api.js';
import { language, LANGUAGES, t } from '../i18n.js';
import { button, codeOptions, el, field, input, message, numberOrNull, select } from './form.js';

/** The fields staff correct here: [property, code list or null for a number]. */
const EDITABLE = [
  ['status', 'wellStatus'], ['use', 'wellUse'], ['type', 'wellType'],
  ['depthM', null], ['diameterMm', null], ['yieldM3PerDay', null],
];

/**
 * Edit a well and see its history. Reads GET /api/wells/{id} (with its ETag), sends the whole
 * Feature back with PUT and If-Match. A 412 (someone changed the well meanwhile) is never
 * overwritten: the tool reads the current well and shows, field by field, what you changed
 * against what is there now; you either keep theirs or apply your changes on top of theirs
 * (a new PUT with the new ETag, by an explicit click). Hooks: #tool-well[data-well-id],
 * #well-conflict, #well-history li[data-version].
 */
export function wellEditorTool(app) {
  return {
    id: 'well',
    title: 'tool.well',
    mount: (section) => new WellEditor(app, section),
  };
}

class WellEditor {
  constructor(app, section) {
    this.app = app;
    this.section = section;
    this.feature = null;
    this.etag = null;
    this.edits = {};
    this.history = [];
    this.conflict = null; // {theirs, etag}
    this.notice = null;
    this.render();
  }

  relabel() {
    this.render();
  }

  /** Loads a well (and its history) into the editor. */
  async load(id) {
    this.error = null;
    this.conflict = null;
    this.notice = null;
    try {
      const answer = await send('GET', `wells/${encodeURIComponent(id)}`);
      this.feature = answer.body;
      this.etag = answer.etag;
      this.edits = Object.fromEntries(EDITABLE.map(([key]) => [key, valueText(this.feature.properties[key])]));
      await this.loadHistory();
    } catch (error) {
      this.error = errorText(error);
    }
    this.render();
  }

  async loadHistory() {
    const { body } = await send('GET', `wells/${encodeURIComponent(this.feature.id)}/history`);
    this.history = body.changes ?? [];
  }

  render() {
    const nodes = [el('h3', 'tool__title', t('well.title'))];
    if (!this.feature) {
      nodes.push(el('p', 'tool__note', t('well.pick')));
      if (this.error) nodes.push(message('well-error', this.error, 'error'));
      this.section.replaceChildren(...nodes);
      return;
    }
    const p = this.feature.properties;
    this.section.dataset.wellId = String(this.feature.id);
    this.section.dataset.version = String(p.version ?? '');
    const heading = el('p', 'tool__point', `${p.registryNumber} · ${t('well.version', { v: p.version })}`);
    heading.dir = 'auto';
    heading.id = 'well-heading';
    const form = el('form', 'tool__form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    EDITABLE.forEach(([key, list]) => {
      const control = list
        ? select(this.edits, key, codeOptions(this.app.codeLists, list))
        : input(this.edits, key, { type: 'number', step: 'any', min: 0, dir: 'ltr' });
      form.append(field(`well-${key}`, `field.${key}`, control));
    });
    const actions = el('div', 'tool__actions');
    const save = button('well.save', null, { id: 'well-save', submit: true });
    actions.append(save, button('well.reload', () => this.load(this.feature.id), { kind: 'secondary', id: 'well-reload' }));
    form.append(actions);
    nodes.push(heading, form);
    if (this.notice) nodes.push(message('well-notice', this.notice, 'success'));
    if (this.error) nodes.push(message('well-error', this.error, 'error'));
    if (this.conflict) nodes.push(this.conflictBox());
    nodes.push(this.historyList());
    this.section.replaceChildren(...nodes);
  }

  /** The properties with the edits applied, as PUT takes them. */
  edited(base) {
    const properties = { ...base.properties };
    EDITABLE.forEach(([key, list]) => {
      properties[key] = list ? this.edits[key] : numberOrNull(this.edits[key]);
    });
    return { type: 'Feature', geometry: base.geometry, properties };
  }

  /** The fields whose edited value differs from the well as it was read. */
  changedFields() {
    return EDITABLE.map(([key]) => key).filter((key) => this.edits[key] !== valueText(this.feature.properties[key]));
  }

  async save(base = this.feature, etag = this.etag) {
    this.error = null;
    this.notice = null;
    try {
      const answer = await send('PUT', `wells/${encodeURIComponent(base.id)}`, {
        body: this.edited(base),
        headers: { 'Content-Type': 'application/geo+json', 'If-Match': etag },
      });
      this.feature = answer.body;
      this.etag = answer.etag;
      this.conflict = null;
      this.edits = Object.fromEntries(EDITABLE.map(([key]) => [key, valueText(this.feature.properties[key])]));
      this.notice = t('well.saved', { v: this.feature.properties.version });
      await this.loadHistory();
      this.app.wells.reload();
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) await this.showConflict();
      else this.error = errorText(error);
    }
    this.render();
  }

  /** Reads the current well after a 412 and keeps both versions for the user to choose. */
  async showConflict() {
    const answer = await send('GET', `wells/${encodeURIComponent(this.feature.id)}`);
    this.conflict = { theirs: answer.body, etag: answer.etag, mine: this.changedFields() };
    await this.loadHistory();
  }

  conflictBox() {
    const { theirs, mine } = this.conflict;
    const box = el('div', 'conflict');
    box.id = 'well-conflict';
    box.setAttribute('role', 'alert');
    box.append(el('p', 'conflict__title', t('conflict.title', { v: theirs.properties.version })));
    const table = el('table', 'conflict__table');
    const head = el('tr');
    ['conflict.field', 'conflict.mine', 'conflict.theirs'].forEach((key) => head.append(el('th', '', t(key))));
    table.append(head);
    const fields = mine.length ? mine : EDITABLE.map(([key]) => key);
    fields.forEach((key) => {
      const row = el('tr');
      row.dataset.field = key;
      row.append(el('th', '', t(`field.${key}`)), cell(this.label(key, this.edits[key])),
        cell(this.label(key, valueText(theirs.properties[key]))));
      table.append(row);
    });
    const actions = el('div', 'tool__actions');
    actions.append(
      button('conflict.keepTheirs', () => this.keepTheirs(), { kind: 'secondary', id: 'conflict-keep-theirs' }),
      button('conflict.applyMine', () => this.applyMine(), { id: 'conflict-apply-mine' }),
    );
    box.append(table, actions);
    return box;
  }

  keepTheirs() {
    this.feature = this.conflict.theirs;
    this.etag = this.conflict.etag;
    this.conflict = null;
    this.edits = Object.fromEntries(EDITABLE.map(([key]) => [key, valueText(this.feature.properties[key])]));
    this.render();
  }

  /** Applies the fields this user changed onto the current well, with its ETag. */
  applyMine() {
    const { theirs, etag, mine } = this.conflict;
    const merged = Object.fromEntries(EDITABLE.map(([key]) => [key, valueText(theirs.properties[key])]));
    mine.forEach((key) => {
      merged[key] = this.edits[key];
    });
    this.feature = theirs;
    this.etag = etag;
    this.edits = merged;
    return this.save(theirs, etag);
  }

  label(key, value) {
    const list = EDITABLE.find(([k]) => k === key)?.[1];
    if (value === '' || value === null || value === undefined) return t('noValue');
    return list ? this.app.codeLists.label(list, value) : value;
  }

  historyList() {
    const box = el('section', 'history');
    box.append(el('h4', 'history__title', t('history.title')));
    const list = el('ol', 'history__list');
    list.id = 'well-history';
    [...this.history].reverse().forEach((change) => {
      const li = el('li', 'history__item');
      li.dataset.version = String(change.version);
      li.dataset.action = change.action;
      li.append(el('div', 'history__head',
        `${t('well.version', { v: change.version })} · ${t(`history.${change.action}`)} · ${when(change.changedAt)} · ${change.changedBy}`));
      if (change.reason) li.append(el('div', 'history__reason', change.reason));
      const diff = Object.keys(change.newValues ?? {}).filter((k) => change.oldValues && k in change.oldValues);
      if (diff.length) {
        const changes = el('ul', 'history__changes');
        diff.forEach((key) => {
          const line = el('li', '', `${key}: ${show(change.oldValues[key])} → ${show(change.newValues[key])}`);
          line.dir = 'auto';
          changes.append(line);
        });
        li.append(changes);
      }
      list.append(li);
    });
    box.append(list);
    return box;
  }
}

function cell(text) {
  const td = el('td', '', text);
  td.dir = 'auto';
  return td;
}

function valueText(value) {
  return value === null || value === undefined ? '' : String(value);
}

function show(value) {
  return value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function when(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso
    : new Intl.DateTimeFormat(LANGUAGES[language()].locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function errorText(error) {
  return error instanceof ApiError ? problemText(error, language()) : t('error.network');
}

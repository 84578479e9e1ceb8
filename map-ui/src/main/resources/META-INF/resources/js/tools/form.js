import { t } from '../i18n.js';

/**
 * Small DOM builders for the tools' forms: every control gets a <label> (for="…"), values live
 * in a plain state object that the builders read and write, so a tool can rebuild its form in
 * another language without losing what was typed.
 */

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** A labelled control row: <div class=field><label for=id>…</label>{control}</div>. */
export function field(id, labelKey, control, hintKey) {
  const row = el('div', 'field');
  const label = el('label', 'field__label', t(labelKey));
  label.htmlFor = id;
  control.id = id;
  row.append(label, control);
  if (hintKey) {
    const hint = el('p', 'field__hint', t(hintKey));
    hint.id = `${id}-hint`;
    control.setAttribute('aria-describedby', hint.id);
    row.append(hint);
  }
  return row;
}

/** A <select> of [value, text] options bound to state[key]. */
export function select(state, key, options, onChange) {
  const node = el('select', 'field__input');
  options.forEach(([value, text]) => {
    const option = el('option', '', text);
    option.value = value;
    node.append(option);
  });
  node.value = state[key] ?? options[0]?.[0] ?? '';
  state[key] = node.value;
  node.addEventListener('change', () => {
    state[key] = node.value;
    onChange?.(node.value);
  });
  return node;
}

/** An <input> bound to state[key] (type text or number). */
export function input(state, key, { type = 'text', step, min, max, dir, onInput } = {}) {
  const node = el('input', 'field__input');
  node.type = type;
  if (step !== undefined) node.step = step;
  if (min !== undefined) node.min = min;
  if (max !== undefined) node.max = max;
  if (dir) node.dir = dir;
  node.value = state[key] ?? '';
  node.addEventListener('input', () => {
    state[key] = node.value;
    onInput?.(node.value);
  });
  return node;
}

/** A button; with `submit` it submits its form (whose submit handler acts), else it calls `onClick`. */
export function button(labelKey, onClick, { kind = 'primary', id, disabled = false, submit = false } = {}) {
  const node = el('button', `button button--${kind}`, t(labelKey));
  node.type = submit ? 'submit' : 'button';
  if (id) node.id = id;
  node.disabled = disabled;
  if (!submit) node.addEventListener('click', onClick);
  return node;
}

/** A live message line (role=status, or alert for errors). */
export function message(id, text, kind = 'info') {
  const node = el('p', `message message--${kind}`, text);
  node.id = id;
  node.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  return node;
}

/** Codes of a code list as [code, label] options, optionally led by an "any" entry. */
export function codeOptions(codeLists, listName, anyKey) {
  const options = codeLists.codes(listName).map((code) => [code, codeLists.label(listName, code)]);
  return anyKey ? [['', t(anyKey)], ...options] : options;
}

/** A number from a form value, or null when empty. */
export function numberOrNull(value) {
  if (value === undefined || value === null || String(value).trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

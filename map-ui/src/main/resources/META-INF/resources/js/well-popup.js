import { direction, formatNumber, language, localName, t } from './i18n.js';

/**
 * The popup content of one well, built as DOM (never HTML strings: the values come from the
 * registry). Each value carries data-field (the property name) for tests; coded values also
 * carry data-code. The popup follows the page direction, each value is dir=auto so Latin
 * registry numbers read correctly inside Arabic text. `actions` add buttons (the staff tools).
 */
export function wellPopup(feature, codeLists, actions = []) {
  const p = feature.properties ?? {};
  const root = element('div', 'well-popup');
  root.dataset.testid = 'well-popup';
  root.dataset.wellId = String(p.id ?? feature.id ?? '');
  root.lang = language();
  root.dir = direction();
  root.setAttribute('aria-label', t('popupLabel'));
  const list = element('dl', 'well-popup__fields');
  rows(p, codeLists).forEach(([field, text, code]) => list.append(...row(field, text, code)));
  root.append(list);
  if (actions.length) root.append(actionBar(feature, actions));
  return root;
}

function rows(p, codeLists) {
  return [
    ['registryNumber', p.registryNumber],
    ['type', codeLists.label('wellType', p.type), p.type],
    ['use', codeLists.label('wellUse', p.use), p.use],
    ['status', codeLists.label('wellStatus', p.status), p.status],
    ['depthM', formatNumber(p.depthM, { maximumFractionDigits: 1 })],
    ['diameterMm', formatNumber(p.diameterMm, { maximumFractionDigits: 0 })],
    ['yieldM3PerDay', formatNumber(p.yieldM3PerDay, { maximumFractionDigits: 1 })],
    ['wilayat', localName(p.wilayat), p.wilayat?.code],
    ['governorate', localName(p.governorate), p.governorate?.code],
  ];
}

function row(field, text, code) {
  const term = element('dt', 'well-popup__label');
  term.textContent = t(`field.${field}`);
  const value = element('dd', 'well-popup__value');
  value.dataset.field = field;
  if (code) value.dataset.code = code;
  value.dir = 'auto';
  value.textContent = text ?? t('noValue');
  return [term, value];
}

/** Buttons under the fields (staff tools: edit, history), each `{id, label(), run(feature)}`. */
function actionBar(feature, actions) {
  const bar = element('div', 'well-popup__actions');
  actions.forEach((action) => {
    const button = element('button', 'button button--small');
    button.type = 'button';
    button.dataset.action = action.id;
    button.textContent = action.label();
    button.addEventListener('click', () => action.run(feature));
    bar.append(button);
  });
  return bar;
}

function element(tag, className) {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

import { formatNumber } from '../i18n.js';
import { el } from './form.js';

const SVG = 'http://www.w3.org/2000/svg';
const ROW_HEIGHT = 22;
const LABEL_WIDTH = 130;
const BAR_WIDTH = 150;
const VALUE_WIDTH = 50;

/**
 * A horizontal bar chart in plain SVG (no chart library, no inline style: colours are SVG
 * presentation attributes). Rows are [{key, label, count, colour}]; the bars follow the text
 * direction (they grow from the right in Arabic). The same numbers are in a table beside it
 * (role=img on the SVG, the table for screen readers and copying). Hooks: svg[data-chart]
 * rect[data-key][data-count], table[data-chart] tr[data-key].
 */
export function barChart(name, title, rows, rtl) {
  const figure = el('figure', 'chart');
  figure.dataset.chart = name;
  figure.append(el('figcaption', 'chart__title', title));
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = Math.max(1, rows.length) * ROW_HEIGHT;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${title}: ${rows.map((r) => `${r.label} ${r.count}`).join('، ')}`);
  svg.dataset.chart = name;
  const max = Math.max(1, ...rows.map((r) => r.count));
  rows.forEach((row, i) => svg.append(bar(row, i, max, rtl)));
  figure.append(svg, table(name, rows));
  return figure;
}

function bar(row, i, max, rtl) {
  const g = document.createElementNS(SVG, 'g');
  const y = i * ROW_HEIGHT;
  const length = Math.max(row.count ? 2 : 0, (row.count / max) * BAR_WIDTH);
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const barStart = rtl ? width - LABEL_WIDTH - length : LABEL_WIDTH;
  const label = text(rtl ? width - 4 : 4, y + 15, row.label, rtl ? 'end' : 'start');
  label.setAttribute('direction', rtl ? 'rtl' : 'ltr');
  const rect = document.createElementNS(SVG, 'rect');
  Object.entries({ x: barStart, y: y + 4, width: length, height: ROW_HEIGHT - 8, fill: row.colour ?? '#0b5d6b', rx: 2 })
    .forEach(([k, v]) => rect.setAttribute(k, String(v)));
  rect.dataset.key = row.key;
  rect.dataset.count = String(row.count);
  const valueX = rtl ? barStart - 4 : barStart + length + 4;
  const value = text(valueX, y + 15, formatNumber(row.count), rtl ? 'end' : 'start');
  g.append(label, rect, value);
  return g;
}

function text(x, y, content, anchor) {
  const node = document.createElementNS(SVG, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('text-anchor', anchor);
  node.setAttribute('font-size', '12');
  node.setAttribute('fill', '#1f2a30');
  node.textContent = content;
  return node;
}

function table(name, rows) {
  const node = el('table', 'chart__table');
  node.dataset.chart = name;
  rows.forEach((row) => {
    const tr = el('tr');
    tr.dataset.key = row.key;
    tr.append(el('th', '', row.label), el('td', '', formatNumber(row.count)));
    node.append(tr);
  });
  return node;
}

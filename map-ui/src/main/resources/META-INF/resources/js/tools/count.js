import L from '../leaflet.js';
import { ApiError, problemText, send } from '../api.js';
import { direction, language, localName, t } from '../i18n.js';
import { adminAreas } from '../layers/admin-areas.js';
import { viewBbox } from '../wells-layer.js';
import { STATUS_COLOURS, USE_COLOURS } from '../well-status.js';
import { barChart } from './chart.js';
import { button, el, field, message, select } from './form.js';
import { PolygonDraw } from './polygon-draw.js';

/**
 * Count wells in an area: a polygon drawn on the map, a governorate or wilayat chosen from the
 * list, or the current view. Exact counts from the service (POST /api/wells/count with the
 * polygon, GET with the area's code), broken down by use and by status in two bar charts.
 * The chosen area becomes the map's selection (`app.selection`), which the export tool uses.
 * Hooks: #count-total[data-count], figure[data-chart=use|status].
 */
export function countTool(app) {
  return {
    id: 'count',
    title: 'tool.count',
    mount: (section) => new CountTool(app, section),
  };
}

class CountTool {
  constructor(app, section) {
    this.app = app;
    this.section = section;
    this.state = { mode: 'draw', governorate: '', wilayat: '' };
    this.draw = new PolygonDraw(app.map, (polygon) => this.selectPolygon(polygon, 'drawn'));
    this.highlight = null;
    this.result = null;
    this.areas = { GOVERNORATE: [], WILAYAT: [] };
    Promise.all(['GOVERNORATE', 'WILAYAT'].map((level) => adminAreas(level).then((fc) => {
      this.areas[level] = fc.features ?? [];
    }))).then(() => this.render()).catch(() => {});
    this.render();
  }

  hide() {
    this.draw.stop();
  }

  relabel() {
    this.render();
  }

  render() {
    const s = this.state;
    const modes = ['draw', 'governorate', 'wilayat', 'view'].map((m) => [m, t(`count.mode.${m}`)]);
    const nodes = [
      el('h3', 'tool__title', t('count.title')),
      field('count-mode', 'count.mode', select(s, 'mode', modes, () => this.render())),
    ];
    if (s.mode === 'draw') {
      nodes.push(el('p', 'tool__note', t('count.drawHint')));
      const actions = el('div', 'tool__actions');
      actions.append(
        button('count.startDrawing', () => this.draw.start(), { id: 'count-draw' }),
        button('count.finishDrawing', () => this.draw.finish(), { kind: 'secondary', id: 'count-finish' }),
      );
      nodes.push(actions);
    } else if (s.mode === 'view') {
      nodes.push(button('count.countView', () => this.countView(), { id: 'count-view' }));
    } else {
      nodes.push(this.areaPicker(s.mode === 'governorate' ? 'GOVERNORATE' : 'WILAYAT'));
    }
    if (this.error) nodes.push(message('count-error', this.error, 'error'));
    if (this.result) nodes.push(...this.resultNodes());
    this.section.replaceChildren(...nodes);
  }

  areaPicker(level) {
    const key = level === 'GOVERNORATE' ? 'governorate' : 'wilayat';
    const options = [['', t('count.chooseArea')], ...this.areas[level]
      .map((f) => [f.properties.code, localName(f.properties)])
      .sort((a, b) => a[1].localeCompare(b[1], language()))];
    const control = select(this.state, key, options, (code) => code && this.selectArea(level, code));
    return field(`count-${key}`, `level.${level}`, control);
  }

  selectPolygon(polygon, kind) {
    this.app.selection = { kind, geometry: polygon };
    this.count();
  }

  countView() {
    const [w, s, e, n] = viewBbox(this.app.map);
    this.selectPolygon({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] }, 'view');
    this.showOutline({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
  }

  selectArea(level, code) {
    const feature = this.areas[level].find((f) => f.properties.code === code);
    this.app.selection = { kind: 'area', level, code, named: feature?.properties };
    this.draw.cancel();
    if (feature) {
      this.showOutline(feature.geometry);
      this.app.map.fitBounds(L.geoJSON(feature).getBounds());
    }
    this.count();
  }

  showOutline(geometry) {
    this.highlight?.remove();
    this.highlight = L.geoJSON(geometry, { interactive: false, style: { color: '#0b5d6b', weight: 3, fillOpacity: 0.08, className: 'selected-area' } })
      .addTo(this.app.map);
  }

  /** Counts the selection by use and by status (two exact counts); the totals agree. */
  async count() {
    const selection = this.app.selection;
    this.error = null;
    this.section.dataset.state = 'counting';
    try {
      const [byUse, byStatus] = await Promise.all(['use', 'status'].map((groupBy) => countBy(selection, groupBy)));
      this.result = { total: byUse.count, byUse: byUse.rows ?? [], byStatus: byStatus.rows ?? [], selection };
      this.section.dataset.state = 'counted';
    } catch (error) {
      this.error = error instanceof ApiError ? problemText(error, language()) : t('error.network');
      this.section.dataset.state = 'error';
    }
    this.render();
  }

  resultNodes() {
    const { total, byUse, byStatus, selection } = this.result;
    const totalLine = el('p', 'count__total', t('count.total', { n: total, area: selectionLabel(selection) }));
    totalLine.id = 'count-total';
    totalLine.dataset.count = String(total);
    const rtl = direction() === 'rtl';
    const codeLists = this.app.codeLists;
    const rows = (list, colours, data) => data.filter((r) => r.count > 0).map((r) => ({
      key: r.key, count: r.count, colour: colours[r.key], label: codeLists.label(list, r.key),
    }));
    return [
      totalLine,
      barChart('use', t('count.byUse'), rows('wellUse', USE_COLOURS, byUse), rtl),
      barChart('status', t('count.byStatus'), rows('wellStatus', STATUS_COLOURS, byStatus), rtl),
    ];
  }
}

/** The selection's name in the current language: the area's name, or "the drawn polygon" / "the view". */
export function selectionLabel(selection) {
  if (!selection) return t('count.area.view');
  if (selection.kind === 'area') return localName(selection.named) ?? selection.code;
  return t(`count.area.${selection.kind}`);
}

function countBy(selection, groupBy) {
  if (selection.kind === 'area') {
    return send('GET', 'wells/count', { params: { groupBy, [selection.level.toLowerCase()]: selection.code } }).then((a) => a.body);
  }
  return send('POST', 'wells/count', {
    params: { groupBy }, body: selection.geometry, headers: { 'Content-Type': 'application/geo+json' },
  }).then((a) => a.body);
}

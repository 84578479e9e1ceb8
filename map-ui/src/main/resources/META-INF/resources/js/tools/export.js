import { ApiError, apiUrl, problemText } from '../api.js';
import { language, t } from '../i18n.js';
import { viewBbox } from '../wells-layer.js';
import { selectionLabel } from './count.js';
import { button, codeOptions, el, field, message, select } from './form.js';

/**
 * Export the wells of the current selection: the area chosen or drawn in the count tool
 * (`app.selection`), else the view; filtered by use and status; as CSV, GeoJSON or GeoPackage
 * (GET /api/wells/export, or POST with the polygon). The file is fetched and handed to the
 * browser as a download. Hooks: #export-result[data-bytes][data-rows][data-selection].
 */
export function exportTool(app) {
  return {
    id: 'export',
    title: 'tool.export',
    mount: (section) => new ExportTool(app, section),
  };
}

class ExportTool {
  constructor(app, section) {
    this.app = app;
    this.section = section;
    this.state = { format: 'csv', use: '', status: '' };
    this.render();
  }

  show() {
    this.render();
  }

  relabel() {
    this.render();
  }

  selection() {
    return this.app.selection ?? { kind: 'view' };
  }

  render() {
    const s = this.state;
    const codeLists = this.app.codeLists;
    const nodes = [
      el('h3', 'tool__title', t('export.title')),
      el('p', 'tool__note', t('export.selection', { area: selectionLabel(this.app.selection) })),
      field('export-format', 'export.format', select(s, 'format', ['csv', 'geojson', 'gpkg'].map((f) => [f, t(`export.format.${f}`)]))),
      field('export-use', 'field.use', select(s, 'use', codeOptions(codeLists, 'wellUse', 'export.any'))),
      field('export-status', 'field.status', select(s, 'status', codeOptions(codeLists, 'wellStatus', 'export.any'))),
      button('export.download', () => this.download(), { id: 'export-download' }),
    ];
    if (this.error) nodes.push(message('export-error', this.error, 'error'));
    if (this.result) {
      const done = message('export-result', t('export.done', { name: this.result.name }), 'success');
      Object.assign(done.dataset, { bytes: String(this.result.bytes), rows: String(this.result.rows ?? ''), selection: this.result.selection });
      nodes.push(done);
    }
    this.section.replaceChildren(...nodes);
  }

  request() {
    const selection = this.selection();
    const params = { format: this.state.format, use: this.state.use, status: this.state.status };
    if (selection.kind === 'area') params[selection.level.toLowerCase()] = selection.code;
    if (selection.kind === 'view' && !selection.geometry) params.bbox = viewBbox(this.app.map).join(',');
    const init = selection.geometry
      ? { method: 'POST', body: JSON.stringify(selection.geometry), headers: { 'Content-Type': 'application/geo+json' } }
      : { method: 'GET' };
    return { url: apiUrl('wells/export', params), init, selection };
  }

  async download() {
    this.error = null;
    const { url, init, selection } = this.request();
    try {
      const response = await fetch(url, init);
      if (!response.ok) throw new ApiError(url, response.status, await response.json().catch(() => null), init.method);
      const blob = await response.blob();
      const name = `wells.${this.state.format}`;
      const rows = this.state.format === 'csv' ? (await blob.text()).trim().split('\n').length - 1 : null;
      const link = el('a');
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      this.result = { name, bytes: blob.size, rows, selection: selection.kind };
    } catch (error) {
      this.error = error instanceof ApiError ? problemText(error, language()) : t('error.network');
    }
    this.render();
  }
}

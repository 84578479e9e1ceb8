import { ApiError, problemText, send } from '../api.js';
import { formatNumber, language, t } from '../i18n.js';
import { button, el, field, message, select } from './form.js';

const POLL_MS = 400;
const CRS_CHOICES = ['EPSG:4326', 'EPSG:32640', 'EPSG:32639', 'EPSG:3440', 'EPSG:3439'];

/**
 * Import a file of wells (CSV, GeoJSON, GeoPackage, zipped Shapefile): POST /api/wells/import
 * with async=true, then GET /api/jobs/{id} until it ends, with a progress bar (a <progress>
 * element: no inline style) and, at the end, the table of rejected rows (line, field, code,
 * message in the user's language). Hooks: #import-progress[value], #import-summary[data-status]
 * [data-imported][data-rejected], #import-errors tr[data-line].
 */
export function importTool(app) {
  return {
    id: 'import',
    title: 'tool.import',
    mount: (section) => new ImportTool(app, section),
  };
}

class ImportTool {
  constructor(app, section) {
    this.app = app;
    this.section = section;
    this.state = { mode: 'valid-rows-only', crs: 'EPSG:4326' };
    this.job = null;
    this.file = null;
    this.render();
  }

  relabel() {
    this.render();
  }

  render() {
    const s = this.state;
    const file = el('input', 'field__input');
    file.type = 'file';
    file.accept = '.csv,.geojson,.json,.gpkg,.zip';
    file.addEventListener('change', () => {
      this.file = file.files[0] ?? null;
      this.section.querySelector('#import-start').disabled = !this.file;
    });
    const modes = ['valid-rows-only', 'all-or-nothing'].map((m) => [m, t(`import.mode.${m}`)]);
    const nodes = [
      el('h3', 'tool__title', t('import.title')),
      field('import-file', 'import.file', file, 'import.fileHint'),
      field('import-mode', 'import.mode', select(s, 'mode', modes)),
      field('import-crs', 'import.crs', select(s, 'crs', CRS_CHOICES.map((c) => [c, t(`crs.${c}`)]))),
      button('import.start', () => this.start(), { id: 'import-start', disabled: !this.file }),
    ];
    if (this.error) nodes.push(message('import-error', this.error, 'error'));
    if (this.job) nodes.push(...this.jobNodes());
    this.section.replaceChildren(...nodes);
  }

  async start() {
    if (!this.file) return;
    this.error = null;
    const body = new FormData();
    body.append('file', this.file, this.file.name);
    try {
      const answer = await send('POST', 'wells/import', { params: { mode: this.state.mode, crs: this.state.crs, async: 'true' }, body });
      this.job = answer.body;
      this.render();
      this.poll();
    } catch (error) {
      this.error = error instanceof ApiError ? problemText(error, language()) : t('error.network');
      this.render();
    }
  }

  async poll() {
    while (this.job && (this.job.status === 'QUEUED' || this.job.status === 'RUNNING')) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      try {
        this.job = (await send('GET', `jobs/${encodeURIComponent(this.job.id)}`, { params: { errorsLimit: 500 } })).body;
      } catch (error) {
        this.error = t('error.network');
        break;
      }
      this.render();
    }
    if (this.job?.rowsImported) this.app.wells.reload();
    this.render();
  }

  jobNodes() {
    const job = this.job;
    const progress = el('progress', 'import__progress');
    progress.id = 'import-progress';
    progress.max = 100;
    progress.value = job.percent ?? 0;
    progress.setAttribute('aria-label', t('import.progress'));
    const summary = el('p', 'import__summary', t(`import.status.${job.status}`, {
      done: job.rowsDone ?? 0, total: job.rowsTotal ?? 0, imported: job.rowsImported ?? 0, rejected: job.rowsRejected ?? 0,
    }));
    summary.id = 'import-summary';
    summary.setAttribute('role', 'status');
    summary.dataset.status = job.status;
    summary.dataset.imported = String(job.rowsImported ?? 0);
    summary.dataset.rejected = String(job.rowsRejected ?? 0);
    const nodes = [progress, summary];
    if (job.failure) nodes.push(message('import-failure', language() === 'ar' ? job.failure.messageAr : job.failure.message, 'error'));
    if (job.errors?.length) nodes.push(this.errorTable(job));
    return nodes;
  }

  errorTable(job) {
    const table = el('table', 'import__errors');
    table.id = 'import-errors';
    table.append(el('caption', '', t('import.rejected', { n: job.errorCount ?? job.errors.length })));
    const head = el('tr');
    ['import.line', 'import.field', 'import.code', 'import.message'].forEach((k) => head.append(el('th', '', t(k))));
    table.append(head);
    job.errors.forEach((error) => {
      const row = el('tr');
      row.dataset.line = String(error.line);
      row.dataset.code = error.code;
      const text = language() === 'ar' ? error.messageAr ?? error.message : error.message;
      [formatNumber(error.line), error.field ?? '', error.code, text].forEach((value) => {
        const td = el('td', '', value);
        td.dir = 'auto';
        row.append(td);
      });
      table.append(row);
    });
    return table;
  }
}

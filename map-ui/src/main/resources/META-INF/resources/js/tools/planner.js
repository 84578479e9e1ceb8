import { ApiError, problemText, send } from '../api.js';
import { formatDateTime, language, localName, t } from '../i18n.js';
import { adminAreas } from '../layers/admin-areas.js';
import { viewBbox } from '../wells-layer.js';
import { ApplicationLocation, timelineSection } from './application-map.js';
import { FindingsView } from './findings.js';
import { button, el, field, message, select } from './form.js';
import { ZoningFindingsView } from './zoning-findings.js';

const PAGE = 15;
const STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'MORE_INFORMATION_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'];
const TYPES = ['BUILDING_PERMIT', 'WELL_DRILLING', 'WELL_DEEPENING', 'WELL_REPLACEMENT', 'WELL_REGISTRATION'];
/** The shortest reason an approval over a NEEDS_REVIEW verdict may give (Applications.MIN_REVIEWED_REASON). */
const MIN_REVIEWED_REASON = 20;

/**
 * The planners' queue (GET /api/applications?status=&type=&wilayat=&bbox=&limit=&offset=, oldest
 * first, no personal data) with its filters and pages. Opening an application reads it with its
 * ETag and runs its rules afresh (POST /api/checks/zoning for a building, /api/checks/well-spacing
 * for a well), zooms to it and draws the plot, the footprint, the setback line and every finding,
 * also listed. The steps the status allows are buttons with a reason (start review; approve,
 * reject, ask for information), each sent with If-Match; approving a NEEDS_REVIEW verdict asks for
 * the reviewer's acknowledgement (`reviewedFindings: true`, a reason of at least 20 characters).
 * A refused approval (409) shows the verdict it was refused on. The applicant is never shown.
 * Hooks: #planner-list li[data-reference][data-status], #planner-detail[data-reference][data-status],
 * #planner-findings, path.planner-location, #planner-reason, #planner-reviewed, #planner-error[data-type].
 */
export function plannerTool(app) {
  return {
    id: 'planner',
    title: 'tool.planner',
    mount: (section) => new PlannerTool(app, section),
  };
}

/** The steps offered in each status: [action, route, i18n key]. */
const STEPS = {
  SUBMITTED: [['review', 'review', 'planner.startReview']],
  UNDER_REVIEW: [
    ['approve', 'approval', 'planner.approve'],
    ['reject', 'rejection', 'planner.reject'],
    ['information', 'information-request', 'planner.requestInformation'],
  ],
};

class PlannerTool {
  constructor(app, section) {
    this.app = app;
    this.section = section;
    this.filters = { status: '', type: '', wilayat: '', inView: '' };
    this.offset = 0;
    this.listSeq = 0;
    this.page = null; // {applications, numberMatched}
    this.wilayats = [];
    this.current = null; // {application, etag, verdict, timeline}
    this.decision = { reason: '', reviewed: false };
    this.location = new ApplicationLocation(app.map, 'planner-location', '#00695c');
    this.zoning = new ZoningFindingsView(app.map);
    this.spacing = new FindingsView(app.map);
    adminAreas('WILAYAT').then((c) => {
      this.wilayats = c.features ?? [];
      this.render();
    }).catch(() => undefined);
    this.render();
    this.refresh();
    // "in the current view" follows the view
    app.map.on('moveend', () => {
      if (!this.filters.inView || this.section.hidden) return;
      this.offset = 0;
      this.refresh();
    });
    if (app.initialRef) this.open(app.initialRef);
  }

  relabel() {
    this.render();
  }

  show() {
    this.location.restore();
    this.findingsView()?.draw();
    this.app.selectedApplication = this.current?.application.reference ?? null;
  }

  hide() {
    this.location.hide();
    this.zoning.layer.remove();
    this.spacing.layer.remove();
    this.app.selectedApplication = null;
  }

  findingsView() {
    if (!this.current) return null;
    return this.current.application.type === 'BUILDING_PERMIT' ? this.zoning : this.spacing;
  }

  /** Reads the page of the queue the filters name. */
  async refresh() {
    const f = this.filters;
    const params = { status: f.status, type: f.type, wilayat: f.wilayat, limit: PAGE, offset: this.offset };
    if (f.inView) params.bbox = viewBbox(this.app.map).join(',');
    this.section.dataset.listState = 'loading';
    const seq = ++this.listSeq;
    try {
      const { body } = await send('GET', 'applications', { params, cache: 'no-store' });
      if (seq !== this.listSeq) return; // a newer filter's page is on its way
      this.page = body;
      this.listError = null;
      this.section.dataset.listState = 'loaded';
    } catch (error) {
      if (seq !== this.listSeq) return;
      this.listError = errorText(error);
      this.section.dataset.listState = 'error';
    }
    this.render();
  }

  /**
   * Opens an application: read with its ETag, its rules run afresh, drawn and zoomed to;
   * `notice` ({text, kind}) is shown over it, and `decision` (the reason being typed) kept, when
   * it is read again after someone else changed it.
   */
  async open(reference, { notice = null, decision = { reason: '', reviewed: false } } = {}) {
    this.error = null;
    this.errorType = null;
    this.notice = notice;
    this.decision = decision;
    try {
      const answer = await send('GET', `applications/${encodeURIComponent(reference)}`, { cache: 'no-store' });
      await this.load(answer.body, answer.etag);
    } catch (error) {
      this.error = errorText(error);
    }
    this.render();
    this.app.map.invalidateSize({ pan: false });
    this.location.zoom();
    this.section.querySelector('#planner-detail')?.scrollIntoView({ block: 'nearest' });
  }

  async load(application, etag) {
    this.current = { application, etag, verdict: null, timeline: [] };
    this.app.selectedApplication = application.reference;
    this.app.deepLink.update();
    this.location.show(application.location, application.reference);
    const [verdict, timeline] = await Promise.all([
      this.check(application).catch((error) => {
        this.error = errorText(error);
        return null;
      }),
      send('GET', `applications/${encodeURIComponent(application.reference)}/timeline`, { cache: 'no-store' })
        .then(({ body }) => body.timeline ?? []).catch(() => []),
    ]);
    this.current.timeline = timeline;
    this.showVerdict(verdict);
  }

  /** The application's rules as they stand now (read-only checks; the decision re-runs them). */
  async check(a) {
    if (a.type === 'BUILDING_PERMIT') {
      const b = a.building;
      const request = {
        footprint: a.location, use: b.use, floors: b.floors, heightM: b.heightM, grossFloorAreaM2: b.grossFloorAreaM2,
        ...(b.plot ? { plot: b.plot } : { plotPolygon: b.plotPolygon }),
      };
      return (await send('POST', 'checks/zoning', { body: request })).body;
    }
    const request = {
      location: a.location, applicationType: a.type, use: a.proposed?.use, yieldM3PerDay: a.proposed?.yieldM3PerDay,
      wellId: a.subjectWellId ?? undefined,
    };
    return (await send('POST', 'checks/well-spacing', { body: request })).body;
  }

  showVerdict(verdict) {
    if (!this.current) return;
    this.current.verdict = verdict;
    this.zoning.clear();
    this.spacing.clear();
    if (verdict) this.findingsView().show(verdict);
  }

  /** Sends a workflow step with the reason (and the acknowledgement of an approval) and If-Match. */
  async step(action, route) {
    const a = this.current.application;
    const body = { reason: this.decision.reason.trim() || undefined };
    if (action === 'approve' && this.decision.reviewed) body.reviewedFindings = true;
    this.error = null;
    this.errorType = null;
    this.notice = null;
    this.section.dataset.stepState = 'sending';
    try {
      const answer = await send('POST', `applications/${encodeURIComponent(a.reference)}/${route}`, {
        body, headers: this.current.etag ? { 'If-Match': this.current.etag } : {},
      });
      const verdict = this.current.verdict;
      this.current = { ...this.current, application: answer.body, etag: answer.etag };
      this.notice = { text: t('planner.stepDone', { status: statusLabel(answer.body.status) }), kind: 'success' };
      this.decision = { reason: '', reviewed: false };
      this.current.timeline = await send('GET', `applications/${encodeURIComponent(a.reference)}/timeline`, { cache: 'no-store' })
        .then(({ body: b }) => b.timeline ?? []).catch(() => this.current.timeline);
      this.showVerdict(verdict);
      this.section.dataset.stepState = 'done';
      this.refresh();
    } catch (error) {
      this.failStep(error);
    }
    this.render();
  }

  failStep(error) {
    this.section.dataset.stepState = 'error';
    this.error = errorText(error);
    this.errorType = error?.problem?.type?.split('/').pop() ?? null;
    // a refused approval carries the verdict it was refused on: the one to look at now
    if (error instanceof ApiError && error.status === 409 && error.problem?.verdict) this.showVerdict(error.problem.verdict);
    if (error instanceof ApiError && error.status === 412) {
      // read again, keeping the reason typed (the acknowledgement is for findings that may have changed)
      this.open(this.current.application.reference,
        { notice: { text: t('planner.stale'), kind: 'info' }, decision: { reason: this.decision.reason, reviewed: false } });
    }
  }

  render() {
    const nodes = [el('h3', 'tool__title', t('planner.title')), this.filterForm()];
    if (this.listError) nodes.push(message('planner-list-error', this.listError, 'error'));
    nodes.push(this.list());
    if (this.current) nodes.push(this.detail());
    else if (this.error) nodes.push(this.errorMessage());
    this.section.replaceChildren(...nodes);
  }

  filterForm() {
    const form = el('form', 'tool__form planner__filters');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.offset = 0;
      this.refresh();
    });
    const onChange = () => {
      this.offset = 0;
      this.refresh();
    };
    const wilayats = this.wilayats
      .map((f) => [f.properties.code, localName(f.properties)])
      .sort((a, b) => a[1].localeCompare(b[1], language()));
    form.append(
      field('planner-status', 'planner.filterStatus', select(this.filters, 'status', [['', t('planner.any')], ...STATUSES.map((s) => [s, statusLabel(s)])], onChange)),
      field('planner-type', 'planner.filterType', select(this.filters, 'type', [['', t('planner.any')], ...TYPES.map((s) => [s, t(`applicationType.${s}`)])], onChange)),
      field('planner-wilayat', 'field.wilayat', select(this.filters, 'wilayat', [['', t('planner.any')], ...wilayats], onChange)),
      field('planner-in-view', 'planner.filterArea', select(this.filters, 'inView', [['', t('planner.anywhere')], ['view', t('planner.inView')]], onChange)),
    );
    return form;
  }

  list() {
    const box = el('section', 'planner__queue');
    box.setAttribute('aria-labelledby', 'planner-queue-title');
    const title = el('h4', 'history__title', t('planner.queue'));
    title.id = 'planner-queue-title';
    box.append(title);
    const apps = this.page?.applications ?? [];
    if (this.page && !apps.length) box.append(el('p', 'tool__note', t('planner.empty')));
    const list = el('ul', 'planner__list');
    list.id = 'planner-list';
    apps.forEach((a) => list.append(this.listItem(a)));
    box.append(list);
    if (this.page && this.page.numberMatched > 0) box.append(this.pager());
    return box;
  }

  listItem(a) {
    const li = el('li', 'planner__item');
    Object.assign(li.dataset, { reference: a.reference, status: a.status, type: a.type });
    const open = el('button', 'planner__open');
    open.type = 'button';
    open.setAttribute('aria-current', String(this.current?.application.reference === a.reference));
    const ref = el('span', 'planner__ref', a.reference);
    ref.dir = 'ltr';
    const detail = [t(`applicationType.${a.type}`), statusLabel(a.status), this.wilayatName(a.wilayat), formatDateTime(a.submittedAt)];
    open.append(ref, el('span', 'planner__detail', detail.filter(Boolean).join(' · ')));
    open.addEventListener('click', () => this.open(a.reference));
    li.append(open);
    return li;
  }

  pager() {
    const total = this.page.numberMatched;
    const shown = this.page.applications.length;
    const nav = el('div', 'tool__actions planner__pager');
    const range = el('p', 'tool__note', t('planner.range', { from: this.offset + 1, to: this.offset + shown, total }));
    range.id = 'planner-range';
    range.dataset.total = String(total);
    const previous = button('planner.previous', () => this.turn(-PAGE), { kind: 'secondary', id: 'planner-previous', disabled: this.offset === 0 });
    const next = button('planner.next', () => this.turn(PAGE), { kind: 'secondary', id: 'planner-next', disabled: this.offset + shown >= total });
    nav.append(previous, next);
    const box = el('div');
    box.append(range, nav);
    return box;
  }

  turn(by) {
    this.offset = Math.max(0, this.offset + by);
    this.refresh();
  }

  wilayatName(code) {
    const area = this.wilayats.find((f) => f.properties.code === code);
    return area ? localName(area.properties) : code;
  }

  detail() {
    const a = this.current.application;
    const box = el('section', 'planner__detail-box');
    box.id = 'planner-detail';
    Object.assign(box.dataset, { reference: a.reference, status: a.status, version: String(a.version) });
    const heading = el('h4', 'history__title', a.reference);
    heading.dir = 'ltr';
    box.append(heading, this.facts(a));
    if (this.notice) box.append(message('planner-notice', this.notice.text, this.notice.kind));
    if (this.error) box.append(this.errorMessage());
    const view = this.findingsView();
    if (this.current.verdict) {
      const findings = view.list('planner');
      box.append(findings);
    }
    const steps = STEPS[a.status] ?? [];
    if (steps.length) box.append(this.decisionForm(steps));
    box.append(this.timeline());
    return box;
  }

  facts(a) {
    const rows = [
      [t('citizen.type'), t(`applicationType.${a.type}`)],
      [t('citizen.status'), statusLabel(a.status)],
      [t('field.wilayat'), this.wilayatName(a.wilayat)],
      [t('planner.submittedAt'), formatDateTime(a.submittedAt)],
    ];
    if (a.building) {
      const plot = a.building.plot ? `${a.building.plot.wilayat} / ${a.building.plot.plotNumber}` : t('planner.plotPolygon');
      rows.push([t('planner.plot'), plot], [t('planner.use'), t(`buildingUse.${a.building.use}`)],
        [t('planner.floors'), String(a.building.floors)]);
    } else if (a.proposed?.use) {
      rows.push([t('field.use'), this.app.codeLists.label('wellUse', a.proposed.use)]);
    }
    if (a.decision) rows.push([t('planner.decision'), a.decision.reasons ?? t('noValue')]);
    if (a.decision?.findingsReviewed) rows.push([t('planner.decisionReviewed'), t('planner.decisionReviewedValue')]);
    const list = el('dl', 'application-status__fields');
    rows.forEach(([label, value]) => {
      const dd = el('dd', '', value);
      dd.dir = 'auto';
      list.append(el('dt', '', label), dd);
    });
    const box = el('div', `application-status application-status--${a.status}`);
    box.append(list);
    return box;
  }

  decisionForm(steps) {
    const form = el('form', 'tool__form');
    form.addEventListener('submit', (event) => event.preventDefault());
    const reason = el('textarea', 'field__input');
    reason.rows = 3;
    reason.value = this.decision.reason;
    reason.addEventListener('input', () => {
      this.decision.reason = reason.value;
    });
    form.append(field('planner-reason', 'planner.reason', reason, 'planner.reasonHint'));
    // the domain takes the acknowledgement for well permits; a building permit needs a PASS
    const acknowledges = this.current.application.type !== 'BUILDING_PERMIT' && this.current.verdict?.verdict === 'NEEDS_REVIEW';
    if (acknowledges && steps.some(([action]) => action === 'approve')) {
      form.append(this.acknowledgement());
    }
    const actions = el('div', 'tool__actions');
    steps.forEach(([action, route, key]) => {
      const kind = action === 'reject' || action === 'information' ? 'secondary' : 'primary';
      actions.append(button(key, () => this.step(action, route), { kind, id: `planner-${action}` }));
    });
    form.append(actions);
    return form;
  }

  acknowledgement() {
    const row = el('div', 'field field--check');
    const box = el('input');
    box.type = 'checkbox';
    box.id = 'planner-reviewed';
    box.checked = this.decision.reviewed;
    box.setAttribute('aria-describedby', 'planner-reviewed-hint');
    box.addEventListener('change', () => {
      this.decision.reviewed = box.checked;
    });
    const label = el('label', 'field__label', t('planner.reviewedFindings'));
    label.htmlFor = box.id;
    const hint = el('p', 'field__hint', t('planner.reviewedHint', { n: MIN_REVIEWED_REASON }));
    hint.id = 'planner-reviewed-hint';
    const line = el('div', 'field__check');
    line.append(box, label);
    row.append(line, hint);
    return row;
  }

  timeline() {
    return timelineSection('planner-timeline', (this.current.timeline ?? []).map((step) => ({
      status: step.toStatus, label: statusLabel(step.toStatus), at: step.at,
      who: [step.actor, step.reason, step.findingsReviewed ? t('planner.timelineReviewed') : null].filter(Boolean).join(' — '),
    })));
  }

  errorMessage() {
    const node = message('planner-error', this.error, 'error');
    if (this.errorType) node.dataset.type = this.errorType;
    return node;
  }
}

function statusLabel(status) {
  return t(`applicationStatus.${status}`);
}

function errorText(error) {
  return error instanceof ApiError ? problemText(error, language()) : t('error.network');
}

import { ApiError, send } from '../api.js';
import { language, t } from '../i18n.js';
import { ApplicationLocation, timelineSection } from './application-map.js';
import { button, el, field, input, message } from './form.js';

/**
 * "My application": a citizen enters the application's reference and access code and sees its
 * location on the map, its type, status and the status steps with their times, nothing else
 * (GET /api/public/applications/{ref} with X-Access-Code; the answer holds no applicant, staff
 * name or reason). The code is sent in the header only, kept in this tool's memory, never in the
 * URL, the deep link or storage; the deep link may carry the reference (`ref=`). A wrong
 * reference and a wrong code are the same 404 and the same message; a 429 says how long to wait
 * and holds the button until then. Hooks: #tool-citizen[data-state], #citizen-error[data-problem],
 * #citizen-status[data-status], #citizen-timeline li[data-status], path.citizen-location.
 */
export function citizenTool(app) {
  return {
    id: 'citizen',
    title: 'tool.citizen',
    mount: (section) => new CitizenTool(app, section),
  };
}

class CitizenTool {
  constructor(app, section) {
    this.app = app;
    this.section = section;
    this.state = { reference: app.initialRef ?? '', code: '' };
    this.view = null; // the public view last shown
    this.problem = null; // {kind: 'not-found' | 'too-many' | 'invalid' | 'network', retryAfter}
    this.location = new ApplicationLocation(app.map, 'citizen-location');
    this.setState('idle');
    this.render();
  }

  relabel() {
    this.render();
  }

  show() {
    this.location.restore();
    this.app.selectedApplication = this.view?.reference ?? null;
  }

  hide() {
    this.location.hide();
    this.app.selectedApplication = null;
  }

  setState(state) {
    this.section.dataset.state = state;
  }

  render() {
    const form = el('form', 'tool__form');
    form.noValidate = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.follow();
    });
    const reference = input(this.state, 'reference', { dir: 'ltr' });
    Object.assign(reference, { autocomplete: 'off', spellcheck: false, autocapitalize: 'characters', inputMode: 'text' });
    const code = input(this.state, 'code', { dir: 'ltr' });
    Object.assign(code, { autocomplete: 'off', spellcheck: false, autocapitalize: 'characters' });
    const submit = button('citizen.follow', null, { id: 'citizen-submit', submit: true, disabled: Boolean(this.holdUntil) });
    const actions = el('div', 'tool__actions');
    actions.append(submit);
    form.append(
      field('citizen-reference', 'citizen.reference', reference, 'citizen.referenceHint'),
      field('citizen-code', 'citizen.code', code, 'citizen.codeHint'),
      actions,
    );
    const nodes = [el('h3', 'tool__title', t('citizen.title')), el('p', 'tool__note', t('citizen.intro')), form];
    if (this.problem) nodes.push(this.problemMessage());
    if (this.view) nodes.push(this.statusBox(), this.timeline());
    this.section.replaceChildren(...nodes);
  }

  async follow() {
    const reference = this.state.reference.trim().toUpperCase();
    const code = this.state.code.trim();
    this.problem = null;
    if (!reference || !code) {
      this.problem = { kind: 'invalid' };
      this.setState('error');
      this.render();
      return;
    }
    this.setState('loading');
    try {
      // no-store: the service worker never keeps a citizen's answer, nor does the HTTP cache
      const { body } = await send('GET', `public/applications/${encodeURIComponent(reference)}`, {
        headers: { 'X-Access-Code': code }, cache: 'no-store',
      });
      this.showView(body);
    } catch (error) {
      this.fail(error);
    }
    this.render();
    // after the render: the answer resizes the phone's sheet, and with it the map
    this.app.map.invalidateSize({ pan: false });
    this.location.zoom();
    this.section.querySelector('#citizen-status, #citizen-error')?.scrollIntoView({ block: 'start' });
  }

  showView(view) {
    this.view = view;
    this.state.reference = view.reference;
    this.location.show(view.location, view.reference);
    this.app.selectedApplication = view.reference;
    this.app.deepLink.update();
    this.setState('shown');
  }

  fail(error) {
    this.view = null;
    this.location.clear();
    this.app.selectedApplication = null;
    this.app.deepLink.update();
    if (!(error instanceof ApiError)) {
      this.problem = { kind: 'network' };
    } else if (error.status === 429) {
      this.problem = { kind: 'too-many', retryAfter: error.retryAfterSeconds ?? 60 };
      this.hold(this.problem.retryAfter);
    } else if (error.status === 404 || error.status === 400) {
      this.problem = { kind: 'not-found' };
    } else {
      this.problem = { kind: 'network' };
    }
    this.setState('error');
  }

  /** Keeps the button disabled for the seconds the service asked to wait. */
  hold(seconds) {
    clearTimeout(this.holdTimer);
    this.holdUntil = Date.now() + seconds * 1000;
    this.holdTimer = setTimeout(() => {
      this.holdUntil = null;
      this.render();
    }, seconds * 1000);
  }

  problemMessage() {
    const { kind, retryAfter } = this.problem;
    const keys = { 'not-found': 'citizen.notFound', 'too-many': 'citizen.tooMany', invalid: 'citizen.invalid', network: 'error.network' };
    const node = message('citizen-error', t(keys[kind], { s: retryAfter }), 'error');
    node.dataset.problem = kind;
    if (retryAfter !== undefined) node.dataset.retryAfter = String(retryAfter);
    return node;
  }

  statusBox() {
    const v = this.view;
    const ar = language() === 'ar';
    const box = el('div', `application-status application-status--${v.status}`);
    box.id = 'citizen-status';
    box.dataset.status = v.status;
    box.setAttribute('role', 'status');
    const reference = el('p', 'tool__point', v.reference);
    reference.dir = 'ltr';
    const rows = [
      [t('citizen.type'), ar ? v.typeAr : v.typeEn],
      [t('citizen.status'), ar ? v.statusAr : v.statusEn],
    ];
    const list = el('dl', 'application-status__fields');
    rows.forEach(([label, value]) => list.append(el('dt', '', label), el('dd', '', value)));
    box.append(reference, list);
    return box;
  }

  timeline() {
    const ar = language() === 'ar';
    return timelineSection('citizen-timeline', (this.view.timeline ?? []).map((step) => ({
      status: step.status, label: ar ? step.statusAr : step.statusEn, at: step.at,
    })));
  }
}

import L from '../leaflet.js';
import { ApiError, problemText, send } from '../api.js';
import { formatDms, parseCoordinates, TYPED_CRS } from '../coords.js';
import { language, t } from '../i18n.js';
import { FindingsView } from './findings.js';
import { button, codeOptions, el, field, input, message, numberOrNull, select } from './form.js';

/** Pause after the point or the form last changed before the spacing check runs again. */
const CHECK_DELAY_MS = 300;
const APPLICATION_TYPES = ['WELL_REGISTRATION', 'WELL_DRILLING'];

/**
 * Register a well: the point comes from a click on the map (then dragged, or moved with the
 * keyboard) or from coordinates typed in a supported CRS. Every move re-runs
 * POST /api/checks/well-spacing (debounced, the previous check aborted) and draws its findings
 * before anything is saved; "Register" posts the well (POST /api/wells, the typed coordinates
 * as originalLocation so the service converts and keeps them). Hooks: #tool-register,
 * #register-findings[data-verdict], #register-result[data-well-id].
 */
export function registerTool(app) {
  return {
    id: 'register',
    title: 'tool.register',
    mount: (section) => new RegisterTool(app, section),
  };
}

class RegisterTool {
  constructor(app, section) {
    this.app = app;
    this.section = section;
    this.state = { type: 'BOREHOLE', use: 'DOMESTIC', status: 'ACTIVE', crs: 'EPSG:4326', applicationType: 'WELL_REGISTRATION' };
    this.point = null; // {lon, lat}
    this.typed = null; // {crs, text} when the point came from typed coordinates
    this.findings = new FindingsView(app.map);
    this.marker = null;
    this.timer = null;
    this.controller = null;
    this.checkSeq = 0;
    this.active = false;
    this.result = null;
    this.error = null;
    this.onMapClick = (event) => this.active && this.setPoint({ lon: event.latlng.lng, lat: event.latlng.lat }, null);
    app.map.on('click', this.onMapClick);
    this.render();
  }

  show() {
    this.active = true;
    this.app.mapElement.classList.add('map--picking');
    this.findings.draw();
    this.marker?.addTo(this.app.map);
  }

  hide() {
    this.active = false;
    this.app.mapElement.classList.remove('map--picking');
    this.findings.layer.remove();
    this.marker?.remove();
  }

  relabel() {
    this.render();
    this.findings.draw();
  }

  render() {
    const s = this.state;
    const codeLists = this.app.codeLists;
    const form = el('form', 'tool__form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    const coordinates = input(s, 'coordinates', { dir: 'ltr', onInput: () => this.readTyped() });
    form.append(
      el('h3', 'tool__title', t('register.title')),
      el('p', 'tool__note', t('register.hint')),
      field('register-crs', 'register.crs', select(s, 'crs', TYPED_CRS.map((c) => [c, t(`crs.${c}`)]), () => this.readTyped())),
      field('register-coordinates', 'register.coordinates', coordinates, 'register.coordinatesHint'),
      this.pointLine(),
      field('register-type', 'field.type', select(s, 'type', codeOptions(codeLists, 'wellType'))),
      field('register-use', 'field.use', select(s, 'use', codeOptions(codeLists, 'wellUse'), () => this.scheduleCheck())),
      field('register-status', 'field.status', select(s, 'status', codeOptions(codeLists, 'wellStatus'))),
      field('register-depth', 'field.depthM', input(s, 'depthM', { type: 'number', step: 'any', min: 0, dir: 'ltr' })),
      field('register-yield', 'field.yieldM3PerDay',
        input(s, 'yieldM3PerDay', { type: 'number', step: 'any', min: 0, dir: 'ltr', onInput: () => this.scheduleCheck() })),
      field('register-application-type', 'register.applicationType',
        select(s, 'applicationType', APPLICATION_TYPES.map((a) => [a, t(`applicationType.${a}`)]), () => this.scheduleCheck())),
      this.findings.list('register'),
    );
    const actions = el('div', 'tool__actions');
    const save = button('register.save', null, { id: 'register-save', disabled: !this.point, submit: true });
    actions.append(save, button('register.clear', () => this.clear(), { kind: 'secondary', id: 'register-clear' }));
    form.append(actions);
    if (this.error) form.append(message('register-error', this.error, 'error'));
    if (this.result) form.append(this.resultLine());
    this.section.replaceChildren(form);
  }

  pointLine() {
    const line = el('p', 'tool__point', this.point ? formatDms(this.point.lon, this.point.lat) : t('register.noPoint'));
    line.id = 'register-point';
    line.dir = this.point ? 'ltr' : 'auto';
    if (this.point) {
      line.dataset.lon = String(this.point.lon);
      line.dataset.lat = String(this.point.lat);
    }
    return line;
  }

  resultLine() {
    const box = message('register-result', t('register.saved', { number: this.result.registryNumber }), 'success');
    box.dataset.wellId = String(this.result.id);
    box.dataset.registryNumber = this.result.registryNumber;
    return box;
  }

  readTyped() {
    const { crs, coordinates } = this.state;
    const point = parseCoordinates(coordinates, crs);
    if (point) {
      this.setPoint(point, { crs, text: coordinates.trim() }, { fromTyping: true });
      this.app.map.setView([point.lat, point.lon], Math.max(this.app.map.getZoom(), 14));
    }
  }

  setPoint(point, typed, { fromTyping = false } = {}) {
    this.point = point;
    this.typed = typed;
    this.result = null;
    this.error = null;
    this.placeMarker();
    if (fromTyping) this.refreshPointOnly();
    else this.render();
    this.scheduleCheck();
  }

  /** Updates the point line and the save button without rebuilding the form (keeps focus). */
  refreshPointOnly() {
    this.section.querySelector('#register-point')?.replaceWith(this.pointLine());
    const save = this.section.querySelector('#register-save');
    if (save) save.disabled = !this.point;
  }

  placeMarker() {
    const latlng = [this.point.lat, this.point.lon];
    if (!this.marker) {
      this.marker = L.marker(latlng, { draggable: true, keyboard: true, title: t('register.marker'), alt: t('register.marker') });
      this.marker.on('drag', () => this.dragged(false));
      this.marker.on('dragend', () => this.dragged(true));
      this.marker.on('add', () => this.marker.getElement()?.addEventListener('keydown', (event) => this.nudge(event)));
    } else {
      this.marker.setLatLng(latlng);
    }
    if (this.active) this.marker.addTo(this.app.map);
  }

  /** The arrow keys move the focused marker by 2 px (20 with Shift), as a drag does; the map stays put. */
  nudge(event) {
    const steps = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
    if (!steps) return;
    event.preventDefault();
    event.stopPropagation();
    const pixels = event.shiftKey ? 20 : 2;
    const map = this.app.map;
    const at = map.latLngToContainerPoint(this.marker.getLatLng()).add(L.point(steps[0] * pixels, steps[1] * pixels));
    this.marker.setLatLng(map.containerPointToLatLng(at));
    this.dragged(false);
  }

  dragged(final) {
    const { lat, lng } = this.marker.getLatLng();
    this.point = { lon: lng, lat };
    this.typed = null;
    this.refreshPointOnly();
    if (final) this.check();
    else this.scheduleCheck();
  }

  scheduleCheck() {
    clearTimeout(this.timer);
    if (this.point) this.timer = setTimeout(() => this.check(), CHECK_DELAY_MS);
  }

  /** Runs the spacing check for the current point; only the latest answer is drawn. */
  async check() {
    clearTimeout(this.timer);
    if (!this.point) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const seq = ++this.checkSeq;
    this.section.dataset.checkState = 'checking';
    try {
      const { body } = await send('POST', 'checks/well-spacing', { body: this.checkRequest(), signal: controller.signal });
      if (seq !== this.checkSeq) return;
      this.findings.show(body);
      this.section.querySelector('#register-findings')?.replaceWith(this.findings.list('register'));
      this.section.dataset.checkState = 'checked';
      this.section.dataset.checkSeq = String(seq);
    } catch (error) {
      if (error.name === 'AbortError') return;
      this.section.dataset.checkState = 'error';
      this.showError(error);
    }
  }

  checkRequest() {
    return {
      location: { type: 'Point', coordinates: [this.point.lon, this.point.lat] },
      applicationType: this.state.applicationType,
      use: this.state.use,
      yieldM3PerDay: numberOrNull(this.state.yieldM3PerDay),
    };
  }

  /** The well as POST /api/wells takes it: the typed coordinates as originalLocation, else the point. */
  feature() {
    const s = this.state;
    const properties = {
      type: s.type, use: s.use, status: s.status,
      depthM: numberOrNull(s.depthM), yieldM3PerDay: numberOrNull(s.yieldM3PerDay),
      locationSource: this.typed ? undefined : 'MAP',
    };
    if (this.typed) properties.originalLocation = { crs: this.typed.crs, coordinates: this.typed.text };
    const geometry = this.typed ? null : { type: 'Point', coordinates: [this.point.lon, this.point.lat] };
    return { type: 'Feature', geometry, properties };
  }

  async save() {
    if (!this.point) return;
    this.error = null;
    try {
      const { body } = await send('POST', 'wells', { body: this.feature(), headers: { 'Content-Type': 'application/geo+json' } });
      this.result = { id: body.id, registryNumber: body.properties.registryNumber };
      this.findings.clear();
      this.marker?.remove();
      this.marker = null;
      this.point = null;
      this.typed = null;
      this.state.coordinates = '';
      this.render();
      this.app.wells.reload();
      this.app.selectWell(body.id);
    } catch (error) {
      this.showError(error);
    }
  }

  showError(error) {
    this.error = error instanceof ApiError ? problemText(error, language()) : t('error.network');
    this.render();
  }

  clear() {
    this.findings.clear();
    this.marker?.remove();
    this.marker = null;
    this.point = null;
    this.typed = null;
    this.result = null;
    this.error = null;
    this.state.coordinates = '';
    this.render();
  }
}

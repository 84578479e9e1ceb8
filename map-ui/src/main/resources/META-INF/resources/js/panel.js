import { hasRole } from './account.js';
import { t } from './i18n.js';

/**
 * The side panel (a bottom sheet on a phone) holding the tools as tabs (WAI-ARIA tabs pattern:
 * arrow keys move between tabs). A tool: {id, title: i18n key, mount(body, context) → {relabel?,
 * show?, hide?}}, mounted on first open. A tool's `roles` (absent: everyone) name who gets its tab,
 * from the session (GET /api/session); the service still decides every request.
 * `onOpen(id)` reports the open tool (for the deep link).
 */
export class Panel {
  constructor(root, context, onOpen) {
    this.root = root;
    this.tabs = root.querySelector('#panel-tabs');
    this.body = root.querySelector('#panel-body');
    this.context = context;
    this.onOpen = onOpen;
    this.tools = [];
    this.mounted = new Map();
    this.current = null;
    this.tabs.addEventListener('keydown', (event) => this.key(event));
  }

  register(tool) {
    this.tools.push(tool);
    this.renderTabs();
    return this;
  }

  /** The tools the session's roles may use, in tab order. */
  visibleTools() {
    return this.tools.filter((tool) => hasRole(this.context.session, tool.roles));
  }

  /** Opens a tool's tab (mounting it the first time); answers the tool's instance. */
  open(id) {
    const visible = this.visibleTools();
    const tool = visible.find((candidate) => candidate.id === id) ?? visible[0];
    if (!tool) return null;
    if (!this.mounted.has(tool.id)) {
      const section = document.createElement('section');
      section.className = 'tool';
      section.id = `tool-${tool.id}`;
      section.dataset.tool = tool.id;
      section.setAttribute('role', 'tabpanel');
      section.setAttribute('aria-labelledby', `tab-${tool.id}`);
      this.body.append(section);
      this.mounted.set(tool.id, { section, instance: tool.mount(section, this.context) ?? {} });
    }
    if (this.current && this.current !== tool.id) this.mounted.get(this.current)?.instance.hide?.();
    this.current = tool.id;
    this.mounted.forEach(({ section }, mountedId) => {
      section.hidden = mountedId !== tool.id;
    });
    this.renderTabs();
    const { instance } = this.mounted.get(tool.id);
    instance.show?.();
    this.root.dataset.open = tool.id;
    this.onOpen?.(tool.id);
    return instance;
  }

  instance(id) {
    return this.mounted.get(id)?.instance ?? null;
  }

  relabel() {
    this.root.querySelector('#panel-title').textContent = t('panelTitle');
    this.renderTabs();
    this.mounted.forEach(({ instance }) => instance.relabel?.());
  }

  renderTabs() {
    const visible = this.visibleTools();
    const buttons = visible.map((tool) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'panel__tab';
      button.id = `tab-${tool.id}`;
      button.dataset.tool = tool.id;
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-controls', `tool-${tool.id}`);
      const selected = tool.id === this.current;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected || (!this.current && tool === visible[0]) ? 0 : -1;
      button.textContent = t(tool.title);
      button.addEventListener('click', () => this.open(tool.id));
      return button;
    });
    this.tabs.setAttribute('aria-label', t('panelTitle'));
    this.tabs.replaceChildren(...buttons);
  }

  key(event) {
    const keys = { ArrowRight: 1, ArrowLeft: -1, Home: 'first', End: 'last' };
    if (!(event.key in keys)) return;
    event.preventDefault();
    const ids = this.visibleTools().map((tool) => tool.id);
    let index = Math.max(0, ids.indexOf(this.current));
    const rtl = document.documentElement.dir === 'rtl';
    if (keys[event.key] === 'first') index = 0;
    else if (keys[event.key] === 'last') index = ids.length - 1;
    else index = (index + keys[event.key] * (rtl ? -1 : 1) + ids.length) % ids.length;
    this.open(ids[index]);
    this.tabs.querySelector(`#tab-${ids[index]}`)?.focus();
  }
}

import { t } from '../i18n.js';

const DEBOUNCE_MS = 250;

/**
 * The search box: a combobox (WAI-ARIA 1.2 pattern) over the providers. Typing asks the
 * providers after a pause; ArrowDown/ArrowUp move through the results, Enter picks, Escape
 * closes. `onPick(result)` receives the chosen result. Hooks: #search-input, #search-results
 * [data-provider] li[data-result-id].
 */
export class SearchBox {
  /** `keys`: the prefix of the label and placeholder texts (`search` or `search.staff`, who may search for more). */
  constructor(form, providers, onPick, keys = 'search') {
    this.form = form;
    this.input = form.querySelector('#search-input');
    this.list = form.querySelector('#search-results');
    this.label = form.querySelector('#search-label');
    this.providers = providers;
    this.onPick = onPick;
    this.keys = keys;
    this.results = [];
    this.active = -1;
    this.controller = null;
    this.timer = null;
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 200));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.runNow();
    });
  }

  relabel() {
    this.label.textContent = t(`${this.keys}.label`);
    this.input.placeholder = t(`${this.keys}.placeholder`);
    if (!this.list.hidden) this.draw(this.lastAnswers ?? []);
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runNow(), DEBOUNCE_MS);
  }

  async runNow() {
    clearTimeout(this.timer);
    const query = this.input.value;
    this.controller?.abort();
    if (!query.trim()) {
      this.close();
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.form.dataset.state = 'searching';
    try {
      const answers = await this.providers.search(query, controller.signal);
      if (controller.signal.aborted) return;
      this.lastAnswers = answers;
      this.draw(answers);
      if (this.results.length === 1 && this.pickOnSingle) this.pick(0);
    } catch (error) {
      if (error.name !== 'AbortError') console.warn('Search failed', error);
    } finally {
      if (this.controller === controller) this.form.dataset.state = 'done';
    }
  }

  draw(answers) {
    this.results = [];
    const items = [];
    answers.filter((a) => a.results.length).forEach(({ provider, results }) => {
      const heading = document.createElement('li');
      heading.className = 'search__group';
      heading.setAttribute('role', 'presentation');
      heading.textContent = t(provider.title);
      items.push(heading);
      results.forEach((result) => items.push(this.item(provider, result)));
    });
    if (!items.length) {
      const none = document.createElement('li');
      none.className = 'search__none';
      none.setAttribute('role', 'presentation');
      none.textContent = t('search.none');
      items.push(none);
    }
    this.list.replaceChildren(...items);
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.setActive(this.results.length ? 0 : -1);
  }

  item(provider, result) {
    const index = this.results.length;
    this.results.push(result);
    const li = document.createElement('li');
    li.className = 'search__result';
    li.id = `search-result-${index}`;
    li.setAttribute('role', 'option');
    li.dataset.provider = provider.id;
    li.dataset.resultId = result.id;
    const label = document.createElement('span');
    label.className = 'search__result-label';
    label.dir = 'auto';
    label.textContent = result.label;
    const detail = document.createElement('span');
    detail.className = 'search__result-detail';
    detail.textContent = result.detail ?? '';
    li.append(label, detail);
    li.addEventListener('mousedown', (event) => {
      event.preventDefault(); // keep the focus in the input until the pick
      this.pick(index);
    });
    return li;
  }

  key(event) {
    if (this.list.hidden || !this.results.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.setActive((this.active + step + this.results.length) % this.results.length);
    } else if (event.key === 'Enter' && this.active >= 0) {
      event.preventDefault();
      this.pick(this.active);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  setActive(index) {
    this.active = index;
    this.list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) this.input.setAttribute('aria-activedescendant', `search-result-${index}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  pick(index) {
    const result = this.results[index];
    this.close();
    if (result) this.onPick(result);
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

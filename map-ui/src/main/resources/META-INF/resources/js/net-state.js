import { t } from './i18n.js';

/**
 * The connection line in the header: empty when online with nothing waiting; "offline" and the
 * number of items waiting in the outbox otherwise. Hooks: #net-state[data-online][data-queued].
 */
export class NetState {
  constructor(element, outbox) {
    this.element = element;
    this.outbox = outbox;
    this.queued = 0;
    window.addEventListener('online', () => this.render());
    window.addEventListener('offline', () => this.render());
    outbox.onChange(() => this.refresh());
    this.refresh();
  }

  async refresh() {
    try {
      this.queued = (await this.outbox.all()).filter((item) => item.state === 'queued').length;
    } catch {
      this.queued = 0;
    }
    this.render();
  }

  render() {
    const online = navigator.onLine;
    this.element.dataset.online = String(online);
    this.element.dataset.queued = String(this.queued);
    const parts = [];
    if (!online) parts.push(t('net.offline'));
    if (this.queued) parts.push(t('net.queued', { n: this.queued }));
    this.element.textContent = parts.join(' · ');
  }
}

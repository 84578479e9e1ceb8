import { t } from './i18n.js';

/**
 * The counter of wells in view (#well-count) and the "showing N of M, zoom in" notice
 * (#wells-notice), kept in step with the wells layer's load state and the language. While a new
 * view loads, the last counts stay up (marked aria-busy) rather than flickering.
 */
export class StatusBar {
  constructor(countElement, noticeElement) {
    this.count = countElement;
    this.notice = noticeElement;
    this.state = { state: 'loading' };
    this.lastLoaded = null;
  }

  show(loadState) {
    this.state = loadState;
    if (loadState.state === 'loaded') this.lastLoaded = loadState;
    this.render();
  }

  render() {
    const { state } = this.state;
    this.count.dataset.state = state;
    this.count.setAttribute('aria-busy', String(state === 'loading'));
    if (state === 'hidden') {
      this.count.textContent = '';
      this.setNotice(null);
    } else if (state === 'error') {
      this.count.textContent = t('wellsError');
      this.setNotice(null);
    } else if (state === 'loaded' || this.lastLoaded) {
      this.renderCounts(this.lastLoaded);
    } else {
      this.count.textContent = t('wellsLoading');
    }
  }

  renderCounts(loaded) {
    this.count.dataset.count = String(loaded.matched ?? loaded.returned);
    this.count.dataset.shown = String(loaded.returned);
    this.count.textContent = countText(loaded);
    this.setNotice(loaded.hasMore ? noticeText(loaded) : null);
  }

  setNotice(text) {
    this.notice.hidden = !text;
    this.notice.textContent = text ?? '';
  }
}

function countText({ matched, returned, hasMore }) {
  if (matched !== null) return t('wellCount', { n: matched });
  return hasMore ? t('wellCountAtLeast', { n: returned }) : t('wellCount', { n: returned });
}

function noticeText({ matched, returned }) {
  return matched !== null
    ? t('truncatedNotice', { shown: returned, total: matched })
    : t('truncatedNoticeUnknownTotal', { shown: returned });
}

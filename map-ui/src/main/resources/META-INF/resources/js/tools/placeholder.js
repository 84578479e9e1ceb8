import { t } from '../i18n.js';

/**
 * A tool whose API has not arrived yet: a tab with a short note, so the panel's layout and the
 * deep links (tool=planner) already hold its place. Replace with the real tool's `mount`.
 */
export function placeholderTool(id, title, note) {
  return {
    id,
    title,
    mount(section) {
      const text = document.createElement('p');
      text.className = 'tool__note';
      text.dataset.testid = `${id}-placeholder`;
      const relabel = () => {
        text.textContent = t(note);
      };
      relabel();
      section.append(text);
      return { relabel };
    },
  };
}

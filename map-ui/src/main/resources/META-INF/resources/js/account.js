import { csrfHeader, getJson } from './api.js';
import { t } from './i18n.js';

const STORAGE_KEY = 'manhal.session';

/**
 * Who is signed in (GET /api/session: {signedIn, name, roles, governorates, personalData, staffLayers}), shown
 * in the header as the account with a sign-out button, or a sign-in link (signin.html, the
 * local accounts' form). The last answer is kept in localStorage so that a field technician's
 * tools stay there when the app starts without a connection; the service still decides every
 * request. Hooks: #account[data-signed-in][data-roles].
 */
export async function loadSession() {
  try {
    const session = await getJson('session');
    remember(session);
    return session;
  } catch {
    return recall() ?? { signedIn: false, roles: [] };
  }
}

/** Whether the session has any of `roles` (null or empty: everyone). */
export function hasRole(session, roles) {
  if (!roles || !roles.length) return true;
  return (session?.roles ?? []).some((role) => roles.includes(role));
}

/** Renders the header's account slot. */
export function renderAccount(element, session) {
  element.dataset.signedIn = String(Boolean(session?.signedIn));
  element.dataset.roles = (session?.roles ?? []).join(',');
  if (!session?.signedIn) {
    const link = document.createElement('a');
    link.className = 'app-bar__signin';
    link.href = 'signin.html';
    link.id = 'signin-link';
    link.textContent = t('account.signIn');
    element.replaceChildren(link);
    return;
  }
  const name = document.createElement('span');
  name.className = 'app-bar__user';
  name.dir = 'auto';
  name.textContent = `${session.name} · ${(session.roles ?? []).map((r) => t(`role.${r}`)).join('، ')}`;
  // Sign-out is a POST with the CSRF token, as Spring Security wants it for a browser session.
  const form = document.createElement('form');
  form.method = 'post';
  form.action = 'logout';
  form.className = 'app-bar__signout';
  const token = document.createElement('input');
  token.type = 'hidden';
  token.name = '_csrf';
  token.value = csrfToken() ?? '';
  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'app-bar__lang';
  button.id = 'signout';
  button.textContent = t('account.signOut');
  form.append(token, button);
  form.addEventListener('submit', () => {
    token.value = csrfToken() ?? '';
    forget();
  });
  element.replaceChildren(name, form);
}

/** The session's CSRF token (cookie XSRF-TOKEN). */
function csrfToken() {
  return csrfHeader()['X-XSRF-TOKEN'] ?? null;
}

function remember(session) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // storage disabled: nothing to recall offline
  }
}

function recall() {
  try {
    return JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
}

function forget() {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
}

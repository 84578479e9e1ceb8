import { initialLanguage, language, setLanguage, t } from '../js/i18n.js';

/** The sign-in form in the map's language (the same choice, remembered the same way). */
function label() {
  document.title = t('signin.title');
  document.getElementById('signin-title').textContent = t('signin.title');
  document.getElementById('signin-error').textContent = t('signin.error');
  document.getElementById('username-label').textContent = t('signin.username');
  document.getElementById('password-label').textContent = t('signin.password');
  document.getElementById('signin-submit').textContent = t('signin.submit');
  document.getElementById('signin-back').textContent = t('signin.back');
  const toggle = document.getElementById('signin-lang');
  toggle.textContent = t('langToggle');
  toggle.lang = language() === 'ar' ? 'en' : 'ar';
}

setLanguage(initialLanguage());
label();
document.getElementById('signin-error').hidden = !new URLSearchParams(window.location.search).has('error');
document.getElementById('signin-lang').addEventListener('click', () => {
  setLanguage(language() === 'ar' ? 'en' : 'ar', { remember: true });
  label();
});

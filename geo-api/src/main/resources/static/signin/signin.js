// Shows the sign-in failure that /login reported by coming back with ?error.
document.addEventListener('DOMContentLoaded', () => {
  if (new URLSearchParams(window.location.search).has('error')) {
    document.getElementById('signin-error').hidden = false;
  }
});

/* global window, document -- runs in the page before any module */
// Runs before the first paint (a classic script in <head>): sets the theme the
// user last chose, so the frame never flashes light in a dark app. The choice
// lives in IndexedDB; ui/theme.ts mirrors it to localStorage for this moment.
(function () {
  var choice = null;
  try {
    choice = window.localStorage.getItem('coderpath.theme');
  } catch {
    // Storage refused (private browsing): follow the system.
  }
  var dark = choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();

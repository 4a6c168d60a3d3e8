// Follows the system's light/dark preference unless the user picked one. The
// choice is mirrored to localStorage so public/theme-boot.js can set it before
// the first paint, before the database is open.
export type ThemeChoice = 'system' | 'light' | 'dark';

const REMEMBERED = 'coderpath.theme';

export function applyTheme(choice: ThemeChoice): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    const dark = choice === 'dark' || (choice === 'system' && media.matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  };
  apply();
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}

/** The choice last read from the settings (for the moments before they are read again). */
export function rememberedTheme(): ThemeChoice {
  try {
    const choice = window.localStorage.getItem(REMEMBERED);
    return choice === 'light' || choice === 'dark' ? choice : 'system';
  } catch {
    return 'system';
  }
}

export function rememberTheme(choice: ThemeChoice): void {
  try {
    window.localStorage.setItem(REMEMBERED, choice);
  } catch {
    // Storage refused: the first paint follows the system, the settings still apply.
  }
}

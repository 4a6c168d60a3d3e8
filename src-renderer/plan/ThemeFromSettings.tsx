// Applies the theme the user chose in Preferences (System follows the OS) and
// re-applies it when the setting changes. Mounted once by the app shell.
import { useEffect } from 'react';
import { applyTheme, rememberTheme, rememberedTheme } from '../ui/theme';
import { useSetting } from '../db/hooks';

export function ThemeFromSettings() {
  const theme = useSetting('theme');
  useEffect(() => {
    if (theme) rememberTheme(theme);
    return applyTheme(theme ?? rememberedTheme());
  }, [theme]);
  return null;
}

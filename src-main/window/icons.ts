// Which icon file each platform's window and tray use (resources/icons).
/** macOS tints a black template image for light and dark menu bars; elsewhere a coloured glyph. */
export function trayIconFile(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'trayTemplate.png' : 'tray.png';
}

/** The window icon: macOS takes the bundle's icon; Windows and Linux need it given
 *  (Linux shows it in the task switcher and on the title bar). */
export function windowIconFile(platform: NodeJS.Platform): string | null {
  return platform === 'darwin' ? null : 'icon.png';
}

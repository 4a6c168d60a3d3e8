// What the desktop release config promises: notarization that follows the
// Apple credentials, an ad-hoc signature after the fuses flip when there is no
// certificate, and a Linux desktop entry Electron's windows are matched to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('desktop release configuration', () => {
  it('notarizes exactly when the APPLE_* credentials are set (no `notarize: false` turning it off)', () => {
    // electron-builder notarizes after signing when APPLE_ID/APPLE_APP_SPECIFIC_PASSWORD/APPLE_TEAM_ID
    // (or the API-key trio) are set, and skips it otherwise; an explicit false would always skip it.
    expect(config.mac.notarize).toBeUndefined();
  });

  it('ad-hoc signs the macOS app right after the fuses flip (an unsigned arm64 app would not launch)', () => {
    expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true);
    expect(config.mac.identity).toBeUndefined(); // a certificate, when present, still signs for real
  });

  it('names the Linux desktop entry after desktopName, which Electron uses as the window’s app id', () => {
    expect(pkg.desktopName).toBe('coderpath.desktop');
    expect(config.linux.syncDesktopName).toBe(true);
    // StartupWMClass is derived from desktopName; a hand-written one would not match the window.
    expect(config.linux.desktop.entry.StartupWMClass).toBeUndefined();
  });

  it('declares Node 22.12 or newer, as Electron 45 and its tooling need', () => {
    expect(pkg.engines.node).toBe('>=22.12');
    expect(readFileSync('.nvmrc', 'utf8').trim()).toMatch(/^22(\.\d+)*$/);
  });
});

import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
// electron-builder's own validation, against its own JSON schema.
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('electron-builder configuration', () => {
  it('is valid against electron-builder\'s schema', async () => {
    const { $schema: _schema, ...rest } = config;
    await expect(validateConfiguration(rest, { isEnabled: false, add: () => undefined } as never)).resolves.toBeUndefined();
  });

  it('names the product and takes the version from package.json', () => {
    expect(config.productName).toBe('CoderPath');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.version).toBeUndefined();
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('turns the Electron fuses to their hardened positions', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      // Re-signs ad hoc right after the flip, so an unsigned arm64 app still launches.
      resetAdHocDarwinSignature: true,
    });
  });

  it('builds a per-user NSIS installer with a Start menu shortcut and uninstaller', () => {
    expect(config.win.target[0].target).toBe('nsis');
    expect(config.nsis.oneClick).toBe(false);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.createStartMenuShortcut).toBe(true);
  });

  it('builds macOS dmgs for both architectures with a hardened runtime', () => {
    expect(config.mac.target[0]).toEqual({ target: 'dmg', arch: ['x64', 'arm64'] });
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(existsSync(config.mac.entitlements)).toBe(true);
  });

  it('builds an AppImage and a deb in the Education category with a maintainer and homepage', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Education');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
  });

  it('has every icon it points at', () => {
    expect(existsSync('resources/icons/icon.png')).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(`resources/icons/png/${size}x${size}.png`)).toBe(true);
    for (const tray of ['tray.png', 'tray@2x.png', 'trayTemplate.png', 'trayTemplate@2x.png']) expect(existsSync(`resources/icons/${tray}`)).toBe(true);
  });
});

describe('release workflow', () => {
  const workflow = yaml.load(readFileSync('.github/workflows/release.yml', 'utf8')) as {
    on: { push: { tags: string[] } };
    jobs: { build: { strategy: { matrix: { os: string[] } }; steps: { run?: string }[] }; release: { needs: string } };
  };

  it('runs on version tags and builds on all three operating systems', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    expect(workflow.jobs.build.strategy.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(workflow.jobs.build.steps.some((s) => s.run === 'npm run dist')).toBe(true);
    expect(workflow.jobs.release.needs).toBe('build');
  });
});

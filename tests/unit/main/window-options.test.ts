import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../../src-main/window/options';

describe('main window options', () => {
  const options = buildWindowOptions({ preloadPath: '/app/out/preload/index.cjs', bounds: { width: 1000, height: 700 }, darkBackground: false });
  const web = options.webPreferences!;

  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and dangerous features off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads only the bundled preload', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
  });

  it('uses the remembered size and stays hidden until painted', () => {
    expect(options.width).toBe(1000);
    expect(options.height).toBe(700);
    expect(options.show).toBe(false);
  });

  it('matches the background to the system theme to avoid a white flash', () => {
    const dark = buildWindowOptions({ preloadPath: 'p', bounds: { width: 800, height: 600 }, darkBackground: true });
    expect(dark.backgroundColor).not.toBe(options.backgroundColor);
  });
});

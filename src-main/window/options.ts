// The main window's options in one pure function, so a unit test can assert
// every security setting without starting Electron.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: WindowBounds;
  darkBackground: boolean;
  iconPath?: string;
}

export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 520;

export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'CoderPath',
    show: false,
    backgroundColor: input.darkBackground ? '#14171c' : '#f7f8fa',
    autoHideMenuBar: true,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

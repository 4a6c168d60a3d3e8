// Picks the host at start-up: the preload's bridge inside Electron, the web
// host in any other browser.
import type { BridgeApi } from '../../src-shared/ipc/contract';
import { createElectronHost } from './electron-host';
import type { Host } from './host';
import { createWebHost } from './web-host';

declare global {
  interface Window {
    coderpath?: BridgeApi;
  }
}

export function selectHost(win: Window = window): Host {
  return win.coderpath ? createElectronHost(win.coderpath) : createWebHost();
}

// Where the Electron binary is, without importing the `electron` package
// (importing it starts a download when the binary is missing).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const exe = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, exe);
    return existsSync(candidate) ? candidate : null;
  }
  const pkgDir = path.resolve('node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

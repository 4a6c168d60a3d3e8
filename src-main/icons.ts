// Where the app's icons are: beside the app (extraResources) when packaged,
// in resources/ in development. Imports Electron (app).
import path from 'node:path';
import { app } from 'electron';

export function iconPath(file: string): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'icons', file) : path.join(app.getAppPath(), 'resources', 'icons', file);
}

// Save and open through the system's file dialogs. Electron objects come in as
// parameters; the written file is atomic, the read one is size-limited.
import { promises as fs } from 'node:fs';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import { writeFileAtomic } from './atomic-write';

const FILTERS: Record<'json' | 'ics' | 'pdf', FileFilter[]> = {
  json: [{ name: 'CoderPath backup', extensions: ['json'] }],
  ics: [{ name: 'Calendar', extensions: ['ics'] }],
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
};

export const MAX_OPEN_BYTES = 64 * 1024 * 1024;

export interface FileDialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  window: () => BrowserWindow | null;
  defaultFolder: () => string;
}

export function createFileDialogs(deps: FileDialogDeps) {
  async function askSavePath(suggestedName: string, kind: keyof typeof FILTERS): Promise<string | null> {
    const win = deps.window();
    const options = { defaultPath: `${deps.defaultFolder()}/${suggestedName}`, filters: FILTERS[kind] };
    const result = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  return {
    askSavePath,
    async save(suggestedName: string, content: string | Uint8Array, kind: keyof typeof FILTERS) {
      const target = await askSavePath(suggestedName, kind);
      if (!target) return { saved: false, path: null };
      await writeFileAtomic(target, content);
      return { saved: true, path: target };
    },
    async open(kind: 'json') {
      const win = deps.window();
      const options = { properties: ['openFile' as const], filters: FILTERS[kind] };
      const result = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
      const file = result.filePaths[0];
      if (result.canceled || !file) return null;
      const stat = await fs.stat(file);
      if (stat.size > MAX_OPEN_BYTES) throw new Error('That file is larger than 64 MB; a CoderPath backup is much smaller.');
      return { name: file.split(/[\\/]/).pop() ?? file, content: await fs.readFile(file, 'utf8') };
    },
  };
}

export type FileDialogs = ReturnType<typeof createFileDialogs>;

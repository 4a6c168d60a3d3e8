// The file channels: save and open through the system dialogs, and print the
// window to a PDF the user places. Electron arrives as parameters.
import type { BrowserWindow } from 'electron';
import type { HandlersFor } from '../ipc/register';
import { writeFileAtomic } from './atomic-write';
import type { FileDialogs } from './file-dialogs';

export interface FileChannelDeps {
  files: FileDialogs;
  getWindow: () => BrowserWindow | null;
}

export function fileHandlers({ files, getWindow }: FileChannelDeps): HandlersFor<'files:save' | 'files:open' | 'print:pdf'> {
  return {
    'files:save': (request) => files.save(request.suggestedName, request.content, request.kind),
    'files:open': (request) => files.open(request.kind),
    'print:pdf': async (request) => {
      const win = getWindow();
      if (!win) return { saved: false, path: null };
      const target = await files.askSavePath(request.suggestedName, 'pdf');
      if (!target) return { saved: false, path: null };
      const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'Letter' });
      await writeFileAtomic(target, pdf);
      return { saved: true, path: target };
    },
  };
}

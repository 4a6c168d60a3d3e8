// Files in a plain browser: a download to save, a file picker to open.
import type { OpenedFile } from './host';

const MIME = { json: 'application/json', ics: 'text/calendar' } as const;
const MAX_OPEN_BYTES = 64 * 1024 * 1024;

export function downloadFile(suggestedName: string, content: string, kind: keyof typeof MIME): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${MIME[kind]};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function pickFile(accept: string): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      if (file.size > MAX_OPEN_BYTES) return reject(new Error('That file is larger than 64 MB; a CoderPath backup is much smaller.'));
      file.text().then((content) => resolve({ name: file.name, content }), reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

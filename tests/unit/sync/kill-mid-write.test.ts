// A computer killed while writing a batch (power loss, a crash) leaves no file
// that any computer reads as corrupt: only a hidden temp file, which is ignored,
// and the next round writes the batch whole.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFolderStore } from '../../../src-main/sync/folder-store';
import { exchange } from '../../../src-shared/sync/exchange';
import { formatHlc } from '../../../src-shared/sync/hlc';
import type { SyncDoc } from '../../../src-shared/sync/merge';

let work: string;
let writer: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'coderpath-kill-'));
  // The real exchange and folder store, bundled for a child process to run.
  const entry = path.join(work, 'writer-entry.ts');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const rel = (file: string) => path.relative(work, path.join(here, file)).split(path.sep).join('/');
  await fs.writeFile(
    entry,
    `import { promises as fs } from 'node:fs';
import { createFolderStore } from '${rel('../../../src-main/sync/folder-store')}';
import { exchange } from '${rel('../../../src-shared/sync/exchange')}';
const [folder, count] = process.argv.slice(2);
const sessions = {};
for (let i = 0; i < Number(count); i++) {
  const stamp = '001733000000000-' + String(i % 999999).padStart(6, '0') + '-laptop';
  sessions['s' + i] = { f: { id: ['s' + i, stamp], note: ['x'.repeat(200), stamp] } };
}
process.stdout.write('writing\\n');
await exchange(createFolderStore({ folder, fs, randomId: () => String(process.pid) }), { computer: 'laptop', outgoing: { sessions }, seen: {} });
process.stdout.write('done\\n');
`,
  );
  writer = path.join(work, 'writer.mjs');
  await build({ input: entry, platform: 'node', output: { file: writer, format: 'esm' }, logLevel: 'silent' });
}, 60_000);
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

async function runAndKill(folder: string): Promise<boolean> {
  const child = spawn(process.execPath, [writer, folder, '200000'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const laptopDir = path.join(folder, 'CoderPath', 'v1', 'laptop');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Kill as soon as the temp file exists, i.e. in the middle of writing the batch.
  let caughtMidWrite = false;
  const deadline = Date.now() + 30_000;
  while (child.exitCode === null && Date.now() < deadline) {
    const names = await fs.readdir(laptopDir).catch(() => [] as string[]);
    if (names.some((name) => name.endsWith('.tmp'))) {
      caughtMidWrite = !names.some((name) => name.startsWith('batch-'));
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  child.kill('SIGKILL');
  await exited;
  return caughtMidWrite;
}

describe('a kill in the middle of writing a batch', () => {
  it('leaves nothing another computer would read as data, and the next round completes', async () => {
    const folder = path.join(work, 'sync');
    await fs.mkdir(folder);
    expect(await runAndKill(folder)).toBe(true);
    const laptopDir = path.join(folder, 'CoderPath', 'v1', 'laptop');
    const names = await fs.readdir(laptopDir);
    expect(names.filter((name) => !name.endsWith('.tmp'))).toEqual([]); // no torn batch under a real name

    const store = createFolderStore({ folder, fs, randomId: () => 'r' });
    const reader = await exchange(store, { computer: 'desktop', outgoing: null, seen: {} });
    expect(reader.problems).toEqual([]);
    const visible = Object.keys(reader.incoming.sessions ?? {}).length;
    expect(visible).toBe(0);

    // The laptop starts again and sends its change; the desktop then has it, once.
    const stamp = formatHlc(1_733_000_000_001, 0, 'laptop');
    const again: SyncDoc = { sessions: { s1: { f: { id: ['s1', stamp] } } } };
    await exchange(store, { computer: 'laptop', outgoing: again, seen: {} });
    const after = await exchange(store, { computer: 'desktop', outgoing: null, seen: reader.seen });
    expect(after.incoming.sessions?.s1?.f.id).toEqual(['s1', stamp]);
    expect(after.problems).toEqual([]);
  });
});

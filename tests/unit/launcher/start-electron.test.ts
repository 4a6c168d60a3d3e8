// Drives `npm start`'s launcher (scripts/start-electron.mjs) without the network:
// a fresh clone with no Electron binary and no way to download one must end
// with one clear line; an explicit executable must be started on the built app.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const launcher = path.join(root, 'scripts', 'start-electron.mjs');
const temp: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temp.push(dir);
  return dir;
};

function run(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }, script = launcher): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The environment without anything that could point Electron's download or binary elsewhere. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(electron_|npm_config_electron|ELECTRON_|NODE_OPTIONS$)/i.test(key)));
  return { ...env, ...extra };
}

afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

describe('npm start without an Electron binary and without a network', () => {
  it('ends with one clear line about the one-time download and `npm run web`, never "Electron uninstall" or a stack trace', async () => {
    // A fresh clone's node_modules/electron: the package as npm installs it, no dist/ and no path.txt.
    const project = tempDir('coderpath-fresh-clone-');
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'fresh-clone', private: true }));
    const modules = path.join(project, 'node_modules');
    mkdirSync(modules);
    cpSync(path.join(root, 'node_modules', 'electron'), path.join(modules, 'electron'), {
      recursive: true,
      filter: (source) => !/[\\/]electron[\\/](dist|path\.txt)/.test(path.relative(root, source)),
    });
    expect(existsSync(path.join(modules, 'electron', 'path.txt'))).toBe(false);
    const link = process.platform === 'win32' ? 'junction' : 'dir';
    symlinkSync(path.join(root, 'node_modules', '@electron'), path.join(modules, '@electron'), link);
    symlinkSync(path.join(root, 'node_modules', 'electron-vite'), path.join(modules, 'electron-vite'), link);

    const { code, output } = await run(['preview'], {
      cwd: project,
      // Port 9 on the loopback address refuses: the download fails at once, and nothing leaves the machine.
      env: cleanEnv({ ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: tempDir('coderpath-empty-cache-') }),
    });

    expect(code).not.toBe(0);
    const lines = output.trim().split(/\r?\n/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/one-time download of Electron/);
    expect(lines[0]).toMatch(/npm run web/);
    expect(output).not.toMatch(/Electron uninstall|\n\s+at /);
  });
});

describe('npm start with ELECTRON_EXEC_PATH set', () => {
  beforeAll(async () => {
    if (existsSync(path.join(root, 'out', 'main', 'index.js'))) return;
    const build = spawn(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'ignore' });
    await new Promise((resolve) => build.on('close', resolve));
  }, 180_000);

  it('starts that executable on the built app, with no download', async () => {
    // The stub executable is Node itself with a preloaded recorder: it writes
    // the arguments and working folder it was started with, then exits. (A
    // shell script cannot be spawned without a shell on Windows.)
    const dir = tempDir('coderpath-stub-electron-');
    const record = path.join(dir, 'record.json');
    const recorder = path.join(dir, 'record-args.cjs');
    writeFileSync(
      recorder,
      `const fs = require('node:fs');
// Node processes on the way (the launcher, electron-vite) run scripts; the stub is started on a folder.
if (!/\\.(c|m)?js$/.test(process.argv[1] || '')) {
  fs.writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(1), cwd: process.cwd() }));
  process.exit(0);
}
`,
    );
    const { code, output } = await run(['preview', '--skipBuild'], {
      cwd: root,
      env: cleanEnv({ ELECTRON_EXEC_PATH: process.execPath, NODE_OPTIONS: `--require ${JSON.stringify(recorder)}` }),
    });

    expect(output).not.toMatch(/Downloading Electron|one-time download/);
    expect(code).toBe(0);
    const started = JSON.parse(readFileSync(record, 'utf8')) as { args: string[]; cwd: string };
    expect(path.resolve(started.cwd)).toBe(root);
    // electron-vite starts Electron on the project folder, whose "main" is the built main process.
    expect(path.resolve(started.cwd, started.args[0]!)).toBe(root);
    const main = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string }).main;
    expect(existsSync(path.join(root, main))).toBe(true);
  }, 120_000);
});

describe('the real-app suite where no Electron binary is installed', () => {
  // A folder with no node_modules/electron: no binary, whatever this machine has installed.
  const runSuite = (env: NodeJS.ProcessEnv) =>
    run([], { cwd: tempDir('coderpath-no-binary-'), env: cleanEnv(env) }, path.join(root, 'scripts', 'test-electron.mjs'));

  it('reports one skipped line', async () => {
    const { code, output } = await runSuite({});
    expect(code).toBe(0);
    expect(output.trim().split(/\r?\n/)).toEqual([expect.stringMatching(/^electron suite: skipped/)]);
  });

  it('fails when REQUIRE_ELECTRON=1 (CI must really run the window)', async () => {
    const { code, output } = await runSuite({ REQUIRE_ELECTRON: '1' });
    expect(code).toBe(1);
    expect(output).toMatch(/REQUIRE_ELECTRON=1 but no Electron binary/);
  });
});

#!/usr/bin/env node
// `npm start` (electron-vite preview) and `npm run dev` (electron-vite dev).
// Electron 45 downloads its binary only when something requires the `electron`
// package, and electron-vite reads node_modules/electron/path.txt without
// requiring it — so on a fresh clone nothing would ever fetch the binary.
// This runs Electron's own `install-electron` bin first (it exits at once when
// the binary is there), then hands over to electron-vite.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { electronBinary } from './electron-binary.mjs';

const [mode = 'preview', ...forwarded] = process.argv.slice(2);
if (mode !== 'preview' && mode !== 'dev') {
  console.error(`start-electron: unknown mode "${mode}" (expected preview or dev).`);
  process.exit(2);
}

const projectRequire = createRequire(path.resolve('package.json'));
/** Shown after this long without an answer: a real download is under way. */
const DOWNLOAD_NOTICE_AFTER_MS = 1_500;

const OFFLINE_MESSAGE =
  'CoderPath: the desktop window needs a one-time download of Electron (about 100 MB) and it could not be downloaded — connect to the internet and run this again, or use `npm run web` to run CoderPath in your browser offline.';

function binPath(pkg, name) {
  const manifestPath = projectRequire.resolve(`${pkg}/package.json`);
  const manifest = projectRequire(manifestPath);
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[name];
  if (!bin) throw new Error(`${pkg} has no "${name}" bin`);
  return path.join(path.dirname(manifestPath), bin);
}

/** Runs install-electron quietly; resolves with its exit code and what it printed. */
function installElectron() {
  return new Promise((resolve) => {
    let output = '';
    let child;
    try {
      child = spawn(process.execPath, [binPath('electron', 'install-electron')], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ELECTRON_GET_NO_PROGRESS: '1' },
      });
    } catch (error) {
      resolve({ code: 1, output: String(error) });
      return;
    }
    // In a terminal, a download that takes a while says so on a line that is
    // cleared again afterwards, so a failure still ends with one line.
    let noticeShown = false;
    const notice = setTimeout(() => {
      if (!process.stdout.isTTY) return;
      process.stdout.write('Downloading Electron (one time, about 100 MB)…');
      noticeShown = true;
    }, DOWNLOAD_NOTICE_AFTER_MS);
    const clearNotice = () => {
      clearTimeout(notice);
      if (noticeShown) process.stdout.write('\r\x1b[2K');
    };
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      clearNotice();
      resolve({ code: 1, output: output + String(error) });
    });
    child.on('close', (code) => {
      clearNotice();
      resolve({ code: code ?? 1, output });
    });
  });
}

function failureLine(output) {
  if (/ERR_REQUIRE_ESM|ERR_REQUIRE_ASYNC_MODULE/.test(output)) {
    return `CoderPath: downloading Electron needs Node.js 22.12 or newer (this is ${process.version}; see .nvmrc) — \`npm run web\` works without it.`;
  }
  return OFFLINE_MESSAGE;
}

async function main() {
  // An explicit executable (ELECTRON_EXEC_PATH, read by electron-vite) needs no download.
  if (!process.env.ELECTRON_EXEC_PATH && !electronBinary()) {
    const { code, output } = await installElectron();
    if (code !== 0 || !electronBinary()) {
      if (process.env.CODERPATH_DEBUG_INSTALL) console.error(output);
      console.error(failureLine(output));
      process.exit(1);
    }
  }
  const child = spawn(process.execPath, [binPath('electron-vite', 'electron-vite'), mode, ...forwarded], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

await main();

// Finds a Chromium for the browser suites: $CHROMIUM_PATH, Playwright's own
// download, a system Chrome/Chromium, or (as root) Debian's package.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function installDebianChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || spawnSync('which', ['apt-get']).status !== 0) return null;
  console.log('No Chromium found: installing Debian\'s chromium package…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

export async function findChromium({ install = true } = {}) {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const bundled = await playwrightChromium();
  if (bundled) return bundled;
  const system = CANDIDATES.find((c) => existsSync(c));
  if (system) return system;
  return install ? installDebianChromium() : null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findChromium();
  if (!path) {
    console.error('No Chromium or Chrome found. Install one (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  console.log(path);
}

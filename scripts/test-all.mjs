#!/usr/bin/env node
// `npm test`: builds the app, then runs every suite — unit (vitest, with
// coverage), end-to-end (Playwright in Chromium on the web build) and the real
// app (Playwright `_electron`, where an Electron binary exists) — and ends
// with one line totalling them all: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { electronSuitePlan } from './electron-suite.mjs';

const outDir = path.resolve('.test-output');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function record(name, counts, exitCode) {
  // A runner that crashed before reporting counts as one failure, never as a pass.
  if (!counts) counts = { passed: 0, failed: 1, skipped: 0 };
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

function playwrightCounts(report) {
  if (!report?.stats) return null;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

console.log('\n== build ==');
const buildCode = run('npx', ['electron-vite', 'build']);
if (buildCode !== 0) record('build', { passed: 0, failed: 1, skipped: 0 }, buildCode);

console.log('\n== unit (vitest) ==');
const unitFile = path.join(outDir, 'unit.json');
const unitCode = run('npx', ['vitest', 'run', '--coverage', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`]);
const unit = readJson(unitFile);
record('unit', unit && { passed: unit.numPassedTests, failed: unit.numFailedTests, skipped: unit.numPendingTests + (unit.numTodoTests ?? 0) }, unitCode);

console.log('\n== end-to-end (Playwright, Chromium) ==');
const chromium = buildCode === 0 ? await findChromium() : null;
if (!chromium) {
  console.log('No Chromium could be found or installed; the end-to-end suite cannot run.');
  record('e2e', { passed: 0, failed: 1, skipped: 0 }, 1);
} else {
  const e2eFile = path.join(outDir, 'e2e.json');
  const code = run('npx', ['playwright', 'test', '-c', 'playwright.config.ts'], { CHROMIUM_PATH: chromium, PW_JSON_OUTPUT: e2eFile });
  record('e2e', playwrightCounts(readJson(e2eFile)), code);
}

console.log('\n== real app (Playwright _electron) ==');
const electronPlan = electronSuitePlan();
if (!electronPlan.run) {
  console.log(electronPlan.message);
  record('electron', electronPlan.failed ? { passed: 0, failed: 1, skipped: 0 } : { passed: 0, failed: 0, skipped: 1 }, electronPlan.failed ? 1 : 0);
} else {
  const electronFile = path.join(outDir, 'electron.json');
  const code = run('npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts'], { PW_JSON_OUTPUT: electronFile });
  record('electron', playwrightCounts(readJson(electronFile)), code);
}

console.log('\n== summary ==');
for (const line of lines) console.log(line);
if (existsSync('coverage/index.html')) console.log('coverage report: coverage/index.html');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

#!/usr/bin/env node
// UI benchmark in Chromium on the built renderer (out/renderer; run `npm run build` first).
//  (a) Time from navigation start until the timeline shows its first milestone,
//      for a two-year plan (associate degree, part time) with 1,000 logged study
//      sessions, and until its app shell shows, beside a React + Dexie floor page
//      (open a database, read 27 rows, show them) and a blank React page, built
//      with Vite and loaded the same way in the same run; warm and cold.
//  (b) The in-app switch from Today to the timeline.
//  (c) The gzipped size of the JavaScript loaded when the app starts on #/today.
//  (d) Where the timeline's start-up time goes beyond the floor's (a traced
//      load: script per file, style, layout, paint, the database's open and reads).
// Prints figures and the targets; never asserts (timings vary by machine).
/* global document, window, MutationObserver, indexedDB -- functions passed to page.evaluate run in the browser */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { addDays, format } from 'date-fns';
import { findChromium } from './find-chromium.mjs';
import { hottestFunctions, markWhenPresent, printBreakdown, tracedLoad } from './bench-breakdown.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APP_PORT = 4490;
const BLANK_PORT = 4491;
const FLOOR_PORT = 4492;
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 7);
const SESSIONS = 1000;
// Targets, each against the React + Dexie floor page measured in the same run.
const TARGET_WARM = 1.5;
const TARGET_COLD = 1.6;
const TARGET_SHELL = 1.1;
const TARGET_GZIP_KB = 120;
const TARGET_SWITCH_MS = 30;
// The first milestone of the timeline, and the blank page's only element.
const TIMELINE_READY = 'button.tl-open';
// Today's figures: the cards drawn from the progress statistics.
const TODAY_FIGURES_READY = '#quick-add-title';
const BLANK_READY = '#blank-ready';
const FLOOR_READY = 'button.floor-ready';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const iso = (date) => format(date, 'yyyy-MM-dd');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function waitForHttp(url, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Builds a one-file page (`main`, using `packages` from this repo's node_modules) with Vite into `dir`; returns the output folder. */
async function buildPage(dir, title, main, packages) {
  const { build } = await import('vite');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>`);
  await writeFile(path.join(dir, 'main.js'), main);
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    base: './',
    resolve: { alias: Object.fromEntries(packages.map((name) => [name, path.join(ROOT, 'node_modules', name)])) },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: path.join(dir, 'dist'), emptyOutDir: true, minify: true },
  });
  return path.join(dir, 'dist');
}

/** A blank React app: the baseline any React screen pays. */
function buildBlankReactPage(dir) {
  const main = `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(createElement('h1', { id: 'blank-ready' }, 'Blank'));
`;
  return buildPage(dir, 'Blank', main, ['react', 'react-dom']);
}

/**
 * The least any React + Dexie screen pays, for reference: open a database with
 * the app's tables, read 27 milestones through useLiveQuery and render them as
 * buttons (seeding them on its first load).
 */
function buildReactDexieFloorPage(dir) {
  const main = `import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
const db = new Dexie('coderpath-floor');
db.version(1).stores({ plans: 'id, updatedAt, archived', milestones: 'key, planId, [planId+dueDate], dueDate, kind, updatedAt', sessions: 'id, planId, date, [planId+date], updatedAt', practiceExams: 'id, planId, [planId+date], updatedAt', settings: 'key' });
db.milestones.count().then((n) => n || db.milestones.bulkPut(Array.from({ length: 27 }, (_, i) => ({ key: 'p/m' + i, planId: 'p', title: 'Milestone ' + i, dueDate: '2027-01-' + String(i + 1).padStart(2, '0'), kind: 'module', updatedAt: 0 }))));
function Milestones() {
  const rows = useLiveQuery(() => db.milestones.where('[planId+dueDate]').between(['p', ''], ['p', '\\uffff']).toArray(), []);
  return rows && rows.length ? h('ul', null, rows.map((r) => h('li', { key: r.key }, h('button', { className: 'floor-ready' }, r.title + ' ' + r.dueDate)))) : null;
}
createRoot(document.getElementById('root')).render(h(Milestones));
`;
  return buildPage(dir, 'React + Dexie floor', main, ['react', 'react-dom', 'dexie', 'dexie-react-hooks']);
}

/**
 * Loads `url` in a fresh tab; ms from navigation start to `selector` appearing
 * (and to the app shell, when there is one). `cold` turns the browser cache off
 * for the load, so nothing is reused: no cached files, no cached compiled code.
 */
async function timeLoad(context, url, selector, { cold = false, shellTimes = [] } = {}) {
  const page = await context.newPage();
  try {
    if (cold) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    }
    let signalReady;
    const ready = new Promise((resolve) => (signalReady = resolve));
    await page.exposeFunction('benchReady', () => signalReady());
    await page.addInitScript(markWhenPresent, selector);
    await page.goto(url, { waitUntil: 'commit' });
    let timer;
    await Promise.race([
      ready,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), 30_000))),
    ]).catch(async (error) => {
      const shown = await page.locator('body').innerText().catch(() => '');
      throw new Error(`${url} never showed ${selector}. The page showed:\n${shown.slice(0, 600)}`, { cause: error });
    }).finally(() => clearTimeout(timer));
    const marks = await page.evaluate(() => ({
      ready: performance.getEntriesByName('bench-ready')[0]?.startTime ?? Number.NaN,
      shell: performance.getEntriesByName('bench-shell')[0]?.startTime,
    }));
    if (marks.shell !== undefined) shellTimes.push(marks.shell);
    return marks.ready;
  } finally {
    await page.close();
  }
}

/**
 * Switches an open app from Today to the timeline (lazy screen chunk + Dexie
 * reads) and times it; with `profile`, also samples the switch and returns the
 * functions that took the most time.
 */
async function timeInAppSwitch(context, base, { profile = false } = {}) {
  const page = await context.newPage();
  try {
    await page.goto(`${base}#/today`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // As a user would: a moment after start-up, once its background work (the
    // reminder sync, the backup, fetching the other screens' code) has run.
    await page.waitForTimeout(3000);
    await page.waitForLoadState('networkidle');
    const cdp = profile ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const time = await page.evaluate(
      (selector) =>
        new Promise((resolve) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (!document.querySelector(selector)) return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(document, { childList: true, subtree: true });
          window.location.hash = '#/timeline';
        }),
      TIMELINE_READY,
    );
    if (!cdp) return { time };
    const { profile: samples } = await cdp.send('Profiler.stop');
    return { time, hottest: hottestFunctions(samples, 12) };
  } finally {
    await page.close();
  }
}

/** Creates the plan through onboarding like a user (associate degree, part time, started a year ago). */
async function createTwoYearPlan(page, base) {
  await page.goto(`${base}#/new`);
  await page.getByRole('heading', { level: 1, name: 'New plan' }).waitFor();
  const startOver = page.getByRole('button', { name: 'Start over' });
  if (await startOver.isVisible()) await startOver.click();
  await page.getByRole('radiogroup', { name: 'Role' }).getByRole('radio', { name: 'Coder', exact: true }).check({ force: true });
  await page.getByRole('radiogroup', { name: 'Credential', exact: true }).getByRole('radio', { name: /^CPC\b/ }).check({ force: true });
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('radiogroup', { name: 'Path', exact: true }).getByRole('radio', { name: 'Associate degree', exact: true }).check({ force: true });
  await page.getByRole('radiogroup', { name: 'Pace', exact: true }).getByRole('radio', { name: 'Part time', exact: true }).check({ force: true });
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  // Started a year ago, so the 1,000 sessions sit in the past and the timeline has done and open steps.
  await page.getByLabel('Start date', { exact: true }).fill(iso(addDays(new Date(), -365)));
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Review' }).waitFor();
  await page.getByRole('button', { name: 'Create plan', exact: true }).click();
  await page.waitForURL(/#\/timeline/);
  await page.waitForSelector(TIMELINE_READY);
}

/** Inserts study sessions straight into IndexedDB (record shape of src-renderer/db/schema.ts). */
async function insertSessions(page, count) {
  return page.evaluate(async (total) => {
    const request = indexedDB.open('coderpath');
    const idb = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = (store, key) =>
      new Promise((resolve, reject) => {
        const get = idb.transaction(store).objectStore(store).get(key);
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => reject(get.error);
      });
    const readAll = (store) =>
      new Promise((resolve, reject) => {
        const all = idb.transaction(store).objectStore(store).getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
    const planId = (await read('settings', 'activePlanId'))?.value;
    if (!planId) throw new Error('No active plan after onboarding');
    const modules = (await readAll('milestones')).filter((m) => m.planId === planId && m.moduleId);
    const tx = idb.transaction('sessions', 'readwrite');
    const store = tx.objectStore('sessions');
    const now = Date.now();
    for (let i = 0; i < total; i++) {
      const day = new Date();
      day.setDate(day.getDate() - 1 - Math.floor((i * 365) / total));
      const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      const module = modules[i % Math.max(1, modules.length)];
      store.put({
        id: `session-bench-${i}`,
        planId,
        date,
        minutes: 30 + (i % 5) * 15,
        moduleId: module?.moduleId ?? null,
        milestoneId: module?.id ?? null,
        note: i % 7 === 0 ? 'Practice questions and review' : '',
        createdAt: now - i * 60_000,
        updatedAt: now - i * 60_000,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const milestones = modules.length;
    idb.close();
    return { planId, modules: milestones };
  }, count);
}

/**
 * Every JavaScript file fetched while the page starts, with its gzipped size,
 * and whether the page asked for it only after the first screen was in the
 * document (background work, code for later). The page itself notes when the
 * ready element appears and when each file was asked for (Resource Timing),
 * so a file asked for after that moment counts as after, however late the
 * test runner notices the screen.
 */
async function startupJavaScript(context, url, ready) {
  const page = await context.newPage();
  // Every file fetched over the network, so each response carries its body.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript((selector) => {
    const note = () => {
      if (window.__benchShownAt === undefined && document.querySelector(selector)) window.__benchShownAt = performance.now();
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true });
  }, ready);
  const files = new Map();
  page.on('response', async (response) => {
    if (!/\.m?js(\?|$)/.test(response.url())) return;
    try {
      const body = await response.body();
      files.set(response.url(), { raw: body.length, gzip: gzipSync(body).length });
    } catch {
      // a response without a body (redirect) carries no code
    }
  });
  let askedAfter = new Set();
  try {
    await page.goto(url);
    await page.waitForSelector(ready);
    // Background work starts after the first screen (0.6 s, then the next idle moment, at most 1.5 s later).
    await page.waitForTimeout(2_500);
    await page.waitForLoadState('networkidle');
    // Let the last body reads finish.
    await page.waitForTimeout(200);
    askedAfter = new Set(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime >= window.__benchShownAt)
          .map((entry) => entry.name),
      ),
    );
  } finally {
    await page.close();
  }
  return [...files.entries()].map(([file, size]) => ({ file: new URL(file).pathname, ...size, background: askedAfter.has(file) }));
}

async function main() {
  try {
    await stat(path.join(ROOT, 'out/renderer/index.html'));
  } catch {
    console.error('out/renderer is missing: run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  const executablePath = await findChromium();
  if (!executablePath) {
    console.error('No Chromium found (set CHROMIUM_PATH).');
    process.exitCode = 1;
    return;
  }

  const tempDir = await mkdtemp(path.join(tmpdir(), 'coderpath-bench-pages-'));
  // BENCH_UI_ROOT measures a copy of the build (so a rebuild during the run cannot disturb it).
  const serve = (port, root) => spawn(process.execPath, ['scripts/serve-web.mjs', '--port', String(port), ...(root ? ['--root', root] : [])], { cwd: ROOT, stdio: 'ignore' });
  const appServer = serve(APP_PORT, process.env.BENCH_UI_ROOT);
  let blankServer;
  let floorServer;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // Both pages are served by the same server, with the same caching.
    blankServer = serve(BLANK_PORT, await buildBlankReactPage(path.join(tempDir, 'blank')));
    floorServer = serve(FLOOR_PORT, await buildReactDexieFloorPage(path.join(tempDir, 'floor')));
    const appBase = `http://127.0.0.1:${APP_PORT}/index.html`;
    const blankUrl = `http://127.0.0.1:${BLANK_PORT}/index.html`;
    const floorUrl = `http://127.0.0.1:${FLOOR_PORT}/index.html`;
    for (const url of [appBase, blankUrl, floorUrl]) await waitForHttp(url);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const setup = await context.newPage();
    await createTwoYearPlan(setup, appBase);
    const seeded = await insertSessions(setup, SESSIONS);
    const milestoneCount = await setup.locator(TIMELINE_READY).count();
    await setup.close();
    console.log(`Seeded: two-year plan (associate degree, part time) with ${milestoneCount} milestones and ${SESSIONS} study sessions.`);

    // Warm-up loads (browser start-up; the browser caches the files and, from
    // the second load on, their compiled code), then interleaved runs.
    for (let i = 0; i < 2; i++) {
      await timeLoad(context, blankUrl, BLANK_READY);
      await timeLoad(context, floorUrl, FLOOR_READY);
      await timeLoad(context, `${appBase}#/timeline`, TIMELINE_READY);
    }
    const warm = { blank: [], floor: [], timeline: [], shells: [] };
    const cold = { blank: [], floor: [], timeline: [], shells: [] };
    const switches = [];
    for (let run = 0; run < RUNS; run++) {
      for (const [times, options] of [[warm, {}], [cold, { cold: true }]]) {
        times.blank.push(await timeLoad(context, blankUrl, BLANK_READY, options));
        times.floor.push(await timeLoad(context, floorUrl, FLOOR_READY, options));
        times.timeline.push(await timeLoad(context, `${appBase}#/timeline`, TIMELINE_READY, { ...options, shellTimes: times.shells }));
      }
      switches.push((await timeInAppSwitch(context, appBase)).time);
    }

    // The load of median length of three traced ones, for the app and the floor page.
    const medianTraced = async (url, selector, options) => {
      const loads = [];
      for (let i = 0; i < 3; i++) loads.push(await tracedLoad(context, url, selector, options));
      return loads.sort((a, b) => a.total - b.total)[1];
    };
    const breakdowns = [];
    for (const [label, options] of [['warm', {}], ['cold', { cold: true }]]) {
      const app = await medianTraced(`${appBase}#/timeline`, TIMELINE_READY, options);
      const floor = await medianTraced(floorUrl, FLOOR_READY, options);
      breakdowns.push([label, app, floor, await tracedLoad(context, `${appBase}#/timeline`, TIMELINE_READY, { ...options, sample: true })]);
    }

    const sampledSwitch = await timeInAppSwitch(context, appBase, { profile: true });

    const startup = await startupJavaScript(context, `${appBase}#/today`, 'h1');
    // Today draws its header from the rows read at start and its figures once the store has read the sessions.
    const todayFigures = await startupJavaScript(context, `${appBase}#/today`, TODAY_FIGURES_READY);
    const timelineStartup = await startupJavaScript(context, `${appBase}#/timeline`, TIMELINE_READY);
    const blankStartup = await startupJavaScript(context, blankUrl, BLANK_READY);
    await context.close();

    const beforeShown = (files) => files.filter((f) => !f.background);
    const gzipOf = (files) => files.reduce((sum, f) => sum + f.gzip, 0);
    const atStart = beforeShown(startup);
    const background = startup.filter((f) => f.background);
    const gzipTotal = gzipOf(atStart);
    const rawTotal = atStart.reduce((sum, f) => sum + f.raw, 0);
    const blankGzip = gzipOf(blankStartup);
    const runs = (values) => values.map((v) => v.toFixed(0)).join(', ');
    const verdict = (met) => (met ? 'met' : 'NOT met');
    const report = (title, times, target) => {
      const ratio = median(times.timeline) / median(times.floor);
      const shellRatio = median(times.shells) / median(times.floor);
      console.log(title);
      console.log(`    Blank React page, load → first element:        ${ms(median(times.blank))}  (runs: ${runs(times.blank)})`);
      console.log(`    React + Dexie floor (open, read 27 rows, show):  ${ms(median(times.floor))}  (runs: ${runs(times.floor)})  = ${(median(times.floor) / median(times.blank)).toFixed(2)}× blank`);
      console.log(`    Timeline, load → first milestone shown:        ${ms(median(times.timeline))}  (runs: ${runs(times.timeline)})`);
      console.log(`      of which until the app shell shows: ${ms(median(times.shells))}  (runs: ${runs(times.shells)})`);
      console.log(`    Timeline / floor: ${ratio.toFixed(2)}×  (target ≤ ${target}×: ${verdict(ratio <= target)});  app shell / floor: ${shellRatio.toFixed(2)}×  (target ≤ ${TARGET_SHELL}×: ${verdict(shellRatio <= TARGET_SHELL)})`);
    };

    console.log('');
    console.log(`UI benchmark (Chromium, ${RUNS} runs each, median; module ids seen in sessions: ${seeded.modules})`);
    report('  Warm start: files and compiled code cached (every start of the desktop app after the first; app:// has the V8 code cache on):', warm, TARGET_WARM);
    report('  Cold start: browser cache off, nothing reused (the very first start after installing):', cold, TARGET_COLD);
    const switchTime = median(switches);
    console.log(`  In-app switch Today → Timeline (first milestone): ${ms(switchTime)}  (runs: ${runs(switches)})  (target ≤ ${TARGET_SWITCH_MS} ms: ${verdict(switchTime <= TARGET_SWITCH_MS)})`);
    console.log(`    where a sampled switch (${ms(sampledSwitch.time)}, sampling slows it) spent its script time, by function (self time):`);
    for (const f of sampledSwitch.hottest) console.log(`      ${f.ms.toFixed(1).padStart(6)} ms  ${f.name}  ${f.file}`);
    console.log('');
    console.log(`  JavaScript loaded until the first screen shows (#/today): ${kb(gzipTotal)} gzipped, ${kb(rawTotal)} raw, ${atStart.length} files  (target ≤ ${TARGET_GZIP_KB} KB gzipped: ${verdict(gzipTotal / 1024 <= TARGET_GZIP_KB)})`);
    for (const f of [...atStart].sort((a, b) => b.gzip - a.gzip)) console.log(`    ${kb(f.gzip).padStart(9)} gz  ${kb(f.raw).padStart(9)} raw  ${f.file}`);
    const backgroundGzip = background.reduce((sum, f) => sum + f.gzip, 0);
    console.log(`  Loaded after it shows (background work, then the other screens' code): ${kb(backgroundGzip)} gzipped, ${background.length} files; with them ${kb(gzipTotal + backgroundGzip)} in all.`);
    for (const [label, files] of [
      ["Until Today's figures show too (they need the store: Dexie and the queries)", beforeShown(todayFigures)],
      ["Until the timeline's first milestone shows (#/timeline)", beforeShown(timelineStartup)],
    ]) {
      console.log(`  ${label}: ${kb(gzipOf(files))} gzipped, ${files.length} files.`);
    }
    console.log(`  (Blank React page for reference: ${kb(blankGzip)} gzipped.)`);
    console.log('');
    for (const [label, app, floor, sampled] of breakdowns) {
      printBreakdown(`  Where the time goes: timeline start, ${label} (the median of 3 traced loads; tracing slows a load a little):`, app, floor, sampled);
    }
  } finally {
    await browser.close();
    appServer.kill();
    blankServer?.kill();
    floorServer?.kill();
    await rm(tempDir, { recursive: true, force: true });
  }
}

await main();

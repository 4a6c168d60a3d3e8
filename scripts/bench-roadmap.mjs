#!/usr/bin/env node
// Roadmap benchmark in Chromium: the script time to draw the full roadmap of a
// two-year plan with 40 milestones (layout + React render + DOM commit, in one
// synchronous render), and to redraw it after one step is marked done.
// Builds a one-component page from the app's own modules with Vite and serves
// it to the browser from memory (page.route): nothing listens on a port.
// Prints figures and the target; never asserts (timings vary by machine).
/* global window -- functions passed to page.evaluate run in the browser */
import { chromium } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_ROADMAP_RUNS ?? 30);
const WARMUP = 5;
const TARGET_MS = 16;
const ORIGIN = 'http://roadmap.bench';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const src = (file) => JSON.stringify(path.join(ROOT, 'src-renderer', file));

// A full-time associate degree (about two years to the exam) with two breaks,
// plus the user's own milestones up to 40 steps; "today" a year in.
const MAIN = `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import ${src('ui/tokens.css')};
import ${src('ui/base.css')};
import { buildPlan } from ${src('domain/plan.ts')};
import { layoutRoadmap } from ${src('domain/roadmap/layout.ts')};
import { Roadmap } from ${src('timeline/roadmap/Roadmap.tsx')};

const breaks = [{ from: '2027-07-01', to: '2027-07-21' }, { from: '2027-12-20', to: '2028-01-03' }];
const plan = buildPlan({ credential: 'CCS', path: 'associate', pace: 'full-time', startDate: '2027-01-04', hoursPerWeek: 30, breaks, background: { diplomaOrGed: true, experienceMonths: 24, heldCredentials: [], completedModules: [] } });
const milestones = plan.milestones.map((m, i) => ({ ...m, done: m.dueDate < '2027-12-01' && i % 4 !== 0 }));
for (let i = milestones.length; i < 40; i++) {
  const day = String(1 + (i % 27)).padStart(2, '0');
  const month = String(1 + (i % 12)).padStart(2, '0');
  milestones.push({ id: 'custom-' + i, kind: 'custom', title: 'My step ' + i, description: '', startDate: '2027-' + month + '-' + day, dueDate: '2027-' + month + '-' + day, hours: 0, dependsOn: [], done: false });
}
const input = { milestones, today: '2028-01-10', breaks, examDate: plan.examDate };
const container = document.getElementById('root');
const draw = (milestoneList) => h(Roadmap, { layout: layoutRoadmap({ ...input, milestones: milestoneList }), label: 'Roadmap', onActivate: () => {}, panelId: 'panel' });

window.benchLayout = (runs) => {
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) layoutRoadmap(input);
  return (performance.now() - t0) / runs;
};

window.benchRoadmap = (runs) => {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const root = createRoot(container);
    const t0 = performance.now();
    flushSync(() => root.render(draw(milestones)));
    const t1 = performance.now();
    void container.offsetHeight; // style and layout, for reference
    const t2 = performance.now();
    const changed = milestones.map((m, j) => (j === 20 ? { ...m, done: !m.done } : m));
    const t3 = performance.now();
    flushSync(() => root.render(draw(changed)));
    const t4 = performance.now();
    out.push({ draw: t1 - t0, layout: t2 - t1, redraw: t4 - t3, bars: container.querySelectorAll('.rm-bar-row').length, months: container.querySelectorAll('.rm-month').length });
    root.unmount();
  }
  return out;
};
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function buildBenchPage(dir) {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Roadmap bench</title></head><body><div id="root" style="width:1000px"></div><script type="module" src="./main.jsx"></script></body></html>');
  await writeFile(path.join(dir, 'main.jsx'), MAIN);
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: path.join(dir, 'dist'), emptyOutDir: true, minify: true },
  });
  return path.join(dir, 'dist');
}

async function main() {
  const executablePath = await findChromium();
  if (!executablePath) {
    console.error('No Chromium found (set CHROMIUM_PATH).');
    process.exitCode = 1;
    return;
  }
  // Inside node_modules so the page's imports (react, date-fns, zod…) resolve like the app's.
  const dir = await mkdtemp(path.join(ROOT, 'node_modules', '.bench-roadmap-'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const dist = await buildBenchPage(dir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route(`${ORIGIN}/**`, async (route) => {
      const file = path.join(dist, new URL(route.request().url()).pathname);
      if (!file.startsWith(dist)) return route.abort();
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
      return route.fulfill({ body: await readFile(file), contentType: type }).catch(() => route.abort());
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => typeof window.benchRoadmap === 'function');
    const [first] = await page.evaluate((n) => window.benchRoadmap(n), 1);
    const layoutOnly = await page.evaluate((n) => window.benchLayout(n), 200);
    await page.evaluate((n) => window.benchRoadmap(n), WARMUP);
    const runs = await page.evaluate((n) => window.benchRoadmap(n), RUNS);
    const draw = median(runs.map((r) => r.draw));
    const fmt = (v) => `${v.toFixed(2)} ms`;
    console.log('');
    console.log(`Roadmap benchmark (Chromium, ${RUNS} runs after ${WARMUP} warm-up, median): two-year plan, ${runs[0].bars} milestones, ${runs[0].months} months`);
    console.log(`  Draw (layout + React render + DOM commit, script):   ${fmt(draw)}  (first, cold: ${fmt(first.draw)})  (target < ${TARGET_MS} ms: ${draw < TARGET_MS ? 'met' : 'NOT met'})`);
    console.log(`    of which the layout function (pure):               ${fmt(layoutOnly)}`);
    console.log(`  Redraw after marking one step done (script):         ${fmt(median(runs.map((r) => r.redraw)))}`);
    console.log(`  Style and layout after the draw (browser, for reference): ${fmt(median(runs.map((r) => r.layout)))}`);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();

// Where a page's start-up time goes, from one load traced in Chromium: the
// main thread's work by kind (script per chunk, compiling, the code cache,
// style, layout, paint, garbage collection), the time it sat idle (waiting for
// files, IndexedDB or a frame), and the app's own User Timing measures (the
// database open and its reads, the first render). Tracing and sampling slow
// the load a little, so these are shares of one load, not the timed figures.
/* global document, window, MutationObserver -- functions passed to the page run in the browser */
import path from 'node:path';

// Trace event name → kind. Events not named here take their parent's kind.
const KINDS = new Map([
  ['ParseHTML', 'parse HTML'],
  ['v8.compile', 'compile'],
  ['v8.compileModule', 'compile'],
  ['V8.CompileCode', 'compile'],
  ['v8.produceModuleCache', 'code cache'],
  ['v8.produceCache', 'code cache'],
  ['v8.evaluateModule', 'script'],
  ['EvaluateScript', 'script'],
  ['FunctionCall', 'script'],
  ['TimerFire', 'script'],
  ['RunMicrotasks', 'script'],
  ['EventDispatch', 'script'],
  ['FireAnimationFrame', 'script'],
  ['v8.callFunction', 'script'],
  ['UpdateLayoutTree', 'style'],
  ['ParseAuthorStyleSheet', 'style'],
  ['Layout', 'layout'],
  ['PrePaint', 'paint'],
  ['Paint', 'paint'],
  ['Layerize', 'paint'],
  ['Commit', 'paint'],
  ['UpdateLayer', 'paint'],
  ['MinorGC', 'garbage collection'],
  ['MajorGC', 'garbage collection'],
  ['V8.GCScavenger', 'garbage collection'],
  ['V8.GCFinalizeMC', 'garbage collection'],
]);
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'disabled-by-default-devtools.timeline'];

/**
 * Records (as performance marks) the moments the app shell (a `nav`) and the
 * element matching `selector` first appear, then tells the harness through a
 * binding. Runs as an init script: the harness itself does nothing in the page
 * while it loads (Playwright's selector engine, injected by waitForSelector,
 * costs the page ~30 ms of main thread and would land in a slow start).
 */
export function markWhenPresent(selector) {
  let shell = false;
  const check = () => {
    if (!shell && document.querySelector('nav')) {
      shell = true;
      performance.mark('bench-shell');
    }
    if (!document.querySelector(selector)) return false;
    performance.mark('bench-ready');
    window.benchReady();
    return true;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
}

/** Self time of each complete event on one thread, each attributed to its own kind or its nearest ancestor's. */
function selfTimeByKind(events, from, to) {
  const sorted = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const byKind = new Map();
  let busy = 0;
  const stack = [];
  const add = (kind, amount) => byKind.set(kind, (byKind.get(kind) ?? 0) + amount);
  const clip = (start, end) => Math.max(0, Math.min(end, to) - Math.max(start, from));
  // Each event's self time = its span minus its children's spans.
  const finish = (frame) => add(frame.kind, Math.max(0, frame.self));
  for (const event of sorted) {
    const end = event.ts + event.dur;
    while (stack.length && stack[stack.length - 1].end <= event.ts) finish(stack.pop());
    const parent = stack[stack.length - 1];
    const span = clip(event.ts, end);
    if (parent) parent.self -= span;
    else busy += span;
    stack.push({ end, kind: KINDS.get(event.name) ?? parent?.kind ?? 'other', self: span });
  }
  while (stack.length) finish(stack.pop());
  return { byKind, busy };
}

/** Sampled script time per file (the CPU profile's self time), inside [from, to]. */
function scriptTimeByFile(profile, from, to) {
  // Samples outside script: idle, the engine's own work ("program"), garbage collection — the trace counts those.
  const notScript = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);
  const urlOf = new Map(profile.nodes.map((node) => [node.id, notScript.has(node.callFrame.functionName) ? null : node.callFrame.url || `${node.callFrame.functionName || 'native'} (built-in)`]));
  const byFile = new Map();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    if (at < from || at > to) continue;
    const url = urlOf.get(profile.samples[i]);
    if (!url) continue;
    const file = url.startsWith('http') ? path.basename(new URL(url).pathname) : url;
    byFile.set(file, (byFile.get(file) ?? 0) + next);
  }
  return byFile;
}

/** The `count` functions with the most sampled self time (ms), with their file and line. */
export function hottestFunctions(profile, count) {
  const byNode = new Map();
  for (let i = 0; i < profile.samples.length; i++) byNode.set(profile.samples[i], (byNode.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (!url || !byNode.has(node.id)) continue;
    const key = `${functionName || '(anonymous)'}@${url}:${lineNumber}:${columnNumber}`;
    const entry = byFunction.get(key) ?? { name: functionName || '(anonymous)', file: `${path.basename(url.startsWith('http') ? new URL(url).pathname : url)}:${lineNumber + 1}:${columnNumber + 1}`, micros: 0 };
    entry.micros += byNode.get(node.id);
    byFunction.set(key, entry);
  }
  return [...byFunction.values()].sort((a, b) => b.micros - a.micros).slice(0, count).map(({ name, file, micros }) => ({ name, file, ms: micros / 1000 }));
}

/**
 * Loads `url` in a new tab with tracing and sampling on, until `selector` shows.
 * Returns ms figures: total, busy/idle, by kind, script by file, and the page's measures.
 */
export async function tracedLoad(context, url, selector, { cold = false, sample = false } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    if (cold) {
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    }
    let signalReady;
    const ready = new Promise((resolve) => (signalReady = resolve));
    await page.exposeFunction('benchReady', () => signalReady());
    await page.addInitScript(markWhenPresent, selector);
    const events = [];
    cdp.on('Tracing.dataCollected', (chunk) => events.push(...chunk.value));
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    // Sampling slows script a lot, so a sampled load only splits script time by file.
    if (sample) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    }
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    if (sample) await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    await ready;
    const profile = sample ? (await cdp.send('Profiler.stop')).profile : null;
    await cdp.send('Tracing.end');
    await traced;
    const measures = await page.evaluate(() =>
      performance.getEntriesByType('measure').filter((m) => m.name.startsWith('CoderPath')).map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
    );

    const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
    if (!navigation) throw new Error(`no navigationStart for ${url} in the trace`);
    const readyMark = events.find((e) => e.name === 'bench-ready' && e.pid === navigation.pid);
    const from = navigation.ts;
    const to = readyMark?.ts ?? events.filter((e) => e.pid === navigation.pid).reduce((max, e) => Math.max(max, e.ts), from);
    const mainThread = events.filter((e) => e.pid === navigation.pid && e.tid === navigation.tid);
    const { byKind, busy } = selfTimeByKind(mainThread, from, to);
    if (process.env.BENCH_TASKS) {
      printTasks(mainThread, from, to);
      const files = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}→${r.responseEnd.toFixed(0)}`));
      console.log(`  files: ${files.join(', ')}`);
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`));
      console.log(`  marks: ${marks.join(', ')}`);
    }
    const toMs = (micros) => micros / 1000;
    return {
      total: toMs(to - from),
      busy: toMs(busy),
      idle: toMs(to - from - busy),
      byKind: new Map([...byKind].map(([kind, micros]) => [kind, toMs(micros)])),
      scriptByFile: profile ? new Map([...scriptTimeByFile(profile, from, to)].map(([file, micros]) => [file, toMs(micros)])) : new Map(),
      hottest: profile ? hottestFunctions(profile, 15) : [],
      measures,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** BENCH_TASKS=1: every main-thread task over 0.3 ms with its biggest parts, for a closer look. */
function printTasks(events, from, to) {
  const sorted = events.filter((e) => e.ph === 'X' && e.ts >= from && e.ts <= to).sort((a, b) => a.ts - b.ts);
  let end = 0;
  for (const task of sorted) {
    if (task.ts < end) continue;
    end = task.ts + task.dur;
    if (task.dur < 300) continue;
    const parts = sorted
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end && e.dur > 200 && e.name !== 'RunTask')
      .slice(0, 5)
      .map((e) => `${e.name}${e.args?.data?.url ? `[${path.basename(e.args.data.url)}]` : ''} ${(e.dur / 1000).toFixed(1)}`);
    console.log(`  ${((task.ts - from) / 1000).toFixed(1).padStart(7)} +${(task.dur / 1000).toFixed(1).padStart(6)}  ${task.name}: ${parts.join(' | ')}`);
  }
}

const fmt = (value) => `${value.toFixed(1)} ms`.padStart(9);

/** Prints one traced load beside the floor page's, kind by kind, and a sampled load's script time by file. */
export function printBreakdown(title, app, floor, sampled) {
  console.log(title);
  console.log(`    ${'load → ready'.padEnd(34)}${fmt(app.total)}   floor ${fmt(floor.total)}   beyond the floor ${fmt(app.total - floor.total)}`);
  console.log(`    ${'main thread busy'.padEnd(34)}${fmt(app.busy)}   floor ${fmt(floor.busy)}`);
  const kinds = [...new Set([...app.byKind.keys(), ...floor.byKind.keys()])].sort((a, b) => (app.byKind.get(b) ?? 0) - (app.byKind.get(a) ?? 0));
  for (const kind of kinds) {
    const mine = app.byKind.get(kind) ?? 0;
    const theirs = floor.byKind.get(kind) ?? 0;
    if (mine < 0.05 && theirs < 0.05) continue;
    console.log(`      ${kind.padEnd(32)}${fmt(mine)}   floor ${fmt(theirs)}`);
  }
  console.log(`    ${'idle (files, IndexedDB, frames)'.padEnd(34)}${fmt(app.idle)}   floor ${fmt(floor.idle)}`);
  const sampledScript = [...sampled.scriptByFile.values()].reduce((sum, time) => sum + time, 0);
  console.log(`    script by file (share of the script time above, from a sampled load):`);
  for (const [file, time] of [...sampled.scriptByFile].sort((a, b) => b[1] - a[1]).filter(([, time]) => time / sampledScript >= 0.005)) {
    console.log(`      ${fmt(((app.byKind.get('script') ?? 0) * time) / sampledScript)}  ${(((100 * time) / sampledScript).toFixed(0) + '%').padStart(4)}  ${file}`);
  }
  if (sampled.hottest.length) {
    console.log('    the hottest functions of that sampled load (self time; sampling slows script):');
    for (const f of sampled.hottest) console.log(`      ${fmt(f.ms)}  ${f.name}  ${f.file}`);
  }
  if (app.measures.length) {
    console.log('    the app\'s own measures (from navigation start):');
    for (const m of app.measures) console.log(`      ${fmt(m.duration)}  ${m.name}  (${m.start.toFixed(0)} → ${(m.start + m.duration).toFixed(0)} ms)`);
  }
}

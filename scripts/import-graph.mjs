#!/usr/bin/env node
// The import graph of src-shared, src-main and src-renderer, read with the
// TypeScript compiler's own pre-processor (static, type-only and dynamic
// imports alike). Fails on any cycle and on any arrow that points up the
// layers below. ESLint's import rules see one file at a time; this sees the
// whole graph. Run by `npm run lint`; `--print` lists the folder-level edges.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const SOURCES = ['src-shared', 'src-main', 'src-renderer'];
const FEATURES = ['about', 'data', 'onboarding', 'plan', 'progress', 'readiness', 'reminders', 'sync', 'timeline', 'today'];

/**
 * A module's layer: it may import its own layer and any lower one, never a
 * higher one. Features sit side by side (an import between two of them is
 * allowed, a cycle is not); only app/ (the shell) sits above them.
 */
export function layerOf(file) {
  const [top, folder] = file.split('/');
  if (top === 'src-shared') return { name: 'shared', rank: 0 };
  if (top === 'src-main') return { name: 'main', rank: 1 };
  if (top !== 'src-renderer') return null;
  if (folder === 'domain') return { name: 'domain', rank: 1 };
  if (folder === 'db' || folder === 'host' || folder === 'nav' || folder === 'backup') return { name: folder, rank: 2 };
  if (folder === 'ui') return { name: 'ui', rank: 2 };
  if (folder === 'shared') return { name: 'renderer-shared', rank: 3 };
  if (FEATURES.includes(folder)) return { name: folder, rank: 4 };
  if (folder === 'app' || folder === 'main.tsx') return { name: 'app', rank: 5 };
  return { name: folder, rank: 5 };
}

/** Edges a rank alone does not rule out. */
function forbidden(from, to) {
  const a = layerOf(from);
  const b = layerOf(to);
  if (!a || !b) return null;
  if (a.name === 'shared' && b.name !== 'shared') return 'src-shared imports nothing of either process';
  if (a.name === 'main' && to.startsWith('src-renderer/')) return 'main never imports the renderer';
  if (from.startsWith('src-renderer/') && to.startsWith('src-main/')) return 'the renderer imports src-shared, never src-main';
  if (a.name === 'domain' && b.name !== 'domain' && b.name !== 'shared') return 'domain/ is pure: it imports only domain/ and src-shared';
  if (b.rank > a.rank) return `${a.name} (layer ${a.rank}) may not import ${b.name} (layer ${b.rank})`;
  return null;
}

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(path.join(root, dir))) {
    const rel = `${dir}/${entry}`;
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...walk(rel));
    else if (/\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
function resolve(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const ending of CANDIDATES) {
    const candidate = base + ending;
    if (existsSync(path.join(root, candidate)) && statSync(path.join(root, candidate)).isFile()) return candidate;
  }
  return null;
}

export function buildGraph(files = SOURCES.flatMap(walk)) {
  const graph = new Map();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    const targets = new Set();
    for (const { fileName } of info.importedFiles) {
      const target = resolve(file, fileName);
      if (target && /\.(ts|tsx)$/.test(target)) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** Every cycle, as the list of files around it (Tarjan's strongly connected components). */
export function findCycles(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const cycles = [];
  const visit = (node) => {
    meta.set(node, { index, low: index, onStack: true });
    index++;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!meta.has(next)) {
        visit(next);
        meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).low);
      } else if (meta.get(next).onStack) {
        meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).index);
      }
    }
    if (meta.get(node).low === meta.get(node).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        meta.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!meta.has(node)) visit(node);
  return cycles;
}

export function checkGraph(graph) {
  const problems = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const why = forbidden(from, to);
      if (why) problems.push(`${from} -> ${to}: ${why}`);
    }
  }
  for (const cycle of findCycles(graph)) problems.push(`cycle: ${cycle.join(' <-> ')}`);
  return problems;
}

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  const graph = buildGraph();
  if (process.argv.includes('--print')) {
    const edges = new Set();
    for (const [from, targets] of graph) for (const to of targets) {
      const a = layerOf(from)?.name;
      const b = layerOf(to)?.name;
      if (a !== b) edges.add(`${a} -> ${b}`);
    }
    console.log([...edges].sort().join('\n'));
  }
  const problems = checkGraph(graph);
  const edgeCount = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`import graph: ${problems.length} problems in ${graph.size} files`);
    process.exit(1);
  }
  console.log(`import graph: ${graph.size} files, ${edgeCount} imports, no cycles, no upward imports`);
}

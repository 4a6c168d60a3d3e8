#!/usr/bin/env node
// `npm run bench`: prints figures, asserts nothing. Domain benchmarks run in
// Node (vitest bench); the start-up benchmark runs the built renderer in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

let status = run('npx', ['vitest', 'bench', '--run', '--dir', 'bench']);
if (existsSync('scripts/bench-ui.mjs')) {
  status = run('npx', ['electron-vite', 'build']) || status;
  status = run('node', ['scripts/bench-ui.mjs']) || status;
  if (existsSync('scripts/bench-roadmap.mjs')) status = run('node', ['scripts/bench-roadmap.mjs']) || status;
}
process.exit(status);

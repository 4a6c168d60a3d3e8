#!/usr/bin/env node
// `npm run test:electron`: the real-app suite, where an Electron binary exists.
import { spawnSync } from 'node:child_process';
import { electronSuitePlan } from './electron-suite.mjs';

const plan = electronSuitePlan();
if (!plan.run) {
  console.log(plan.message);
  process.exit(plan.failed ? 1 : 0);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(run.status ?? 1);

import { defineConfig } from '@playwright/test';

// The real app, through Playwright's `_electron`. Run by `npm test` only where
// an Electron binary exists (scripts/test-all.mjs reports it skipped otherwise).
export default defineConfig({
  testDir: 'tests/electron',
  workers: 1,
  timeout: 60_000,
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : 'list',
  outputDir: 'test-results/electron',
});

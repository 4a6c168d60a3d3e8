import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { DATE_MATRIX } from './tests/date-matrix';
import type { MatrixOptions } from './tests/e2e/fixtures';

const port = Number(process.env.E2E_PORT ?? 4399);
/** E2E_ROOT tests another build of the renderer (default out/renderer). */
const rootArgs = process.env.E2E_ROOT ? ` --root ${JSON.stringify(process.env.E2E_ROOT)}` : '';

/** Flags for a browser on a closed network: nothing phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** $CHROMIUM_PATH, else a system Chromium/Chrome; none means Playwright's own browser (`npm test` installs one if needed). */
const chromiumPath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find((p) => existsSync(p));

/** The suites whose screens depend on "today"; they also run at every date of the matrix. */
const DATE_SENSITIVE = /(today|progress|timeline|reminders|readiness|date-style)\.spec\.ts$/;

export default defineConfig<MatrixOptions>({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // Two browsers at a time: the date matrix multiplies the date-sensitive suites, and each test has its own context and database.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : 'list',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
  },
  projects: [
    // Every suite at the machine's real date and zone.
    { name: 'real-date' },
    // The date-sensitive suites at each fixed date (tests that set their own clock are left out: the matrix adds nothing to them).
    ...DATE_MATRIX.map((point) => ({
      name: `at-${point.name}`,
      testMatch: DATE_SENSITIVE,
      grepInvert: /@own-clock/,
      use: { matrixPoint: point, timezoneId: point.zone },
    })),
  ],
  webServer: {
    command: `node scripts/serve-web.mjs --port ${port}${rootArgs}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

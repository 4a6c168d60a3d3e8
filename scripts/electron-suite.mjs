// Whether the real-app suite can run here. Without an Electron binary it is
// reported as one skipped line — unless REQUIRE_ELECTRON=1 (CI on Windows,
// macOS and Linux, where the binary is installed), where a missing binary is a
// failure rather than a quiet skip.
import { electronBinary } from './electron-binary.mjs';

export const SKIPPED_LINE =
  'electron suite: skipped — no Electron binary on this machine (`npm start` downloads it once, with internet).';

/** { run: true } | { run: false, failed: boolean, message: string } */
export function electronSuitePlan(env = process.env) {
  if (electronBinary()) return { run: true };
  if (env.REQUIRE_ELECTRON === '1') {
    return {
      run: false,
      failed: true,
      message: 'electron suite: FAILED — REQUIRE_ELECTRON=1 but no Electron binary is installed (run `npx install-electron` first).',
    };
  }
  return { run: false, failed: false, message: SKIPPED_LINE };
}

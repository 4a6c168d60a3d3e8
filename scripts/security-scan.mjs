#!/usr/bin/env node
// Electronegativity over the sources (not out/): fails on any high- or
// medium-severity finding. AvailableSecurityFixesGlobalCheck is excluded: it
// downloads release data, and the app's machines are offline.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const work = mkdtempSync(path.join(os.tmpdir(), 'coderpath-scan-'));
const report = path.join(work, 'report.csv');
// Scan main, shared and renderer together so global checks see the whole app.
for (const dir of ['src-main', 'src-shared', 'src-renderer']) cpSync(dir, path.join(work, 'app', dir), { recursive: true });

const result = spawnSync(
  'npx',
  ['electronegativity', '-i', path.join(work, 'app'), '-x', 'AvailableSecurityFixesGlobalCheck', '-e', electronVersion, '-r', '-v', 'false', '-o', report],
  { encoding: 'utf8' },
);
if (result.status !== 0) {
  console.error(result.stdout, result.stderr);
  process.exit(result.status ?? 1);
}

/** Minimal CSV reader (quoted fields may hold commas and newlines). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

const [, ...findings] = parseCsv(readFileSync(report, 'utf8')).filter((r) => r.length > 3);
rmSync(work, { recursive: true, force: true });
const serious = findings.filter(([, severity]) => severity === 'HIGH' || severity === 'MEDIUM' || severity === 'CRITICAL');
for (const [id, severity, , file, location, , description] of findings) {
  console.log(`${severity.padEnd(6)} ${id} ${file}:${location} — ${description}`);
}
console.log(`electronegativity: ${findings.length} finding(s), ${serious.length} high or medium`);
process.exit(serious.length > 0 ? 1 : 0);

// The layer rules fail `npm run lint` on a deliberate violation: each snippet
// is linted with the project's own ESLint config, as if it were a file at that
// path, and must report the import as restricted (and an allowed import not).
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const VIOLATIONS: [string, string, string, RegExp][] = [
  ['src-shared imports Electron', 'src-shared/reminders/x.ts', "import { app } from 'electron';\nexport const a = app;", /Only src-main imports Electron/],
  ['src-shared imports Node', 'src-shared/reminders/x.ts', "import { promises } from 'node:fs';\nexport const a = promises;", /Node built-ins/],
  ['src-shared imports Dexie', 'src-shared/ipc/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;", /Only db\/ imports Dexie/],
  ['src-shared imports React', 'src-shared/ipc/x.ts', "import { useState } from 'react';\nexport const a = useState;", /not UI/],
  ['src-shared imports main', 'src-shared/ipc/x.ts', "import { a } from '../../src-main/ipc/register';\nexport const b = a;", /never import|imports nothing outside/],
  ['src-shared imports the renderer', 'src-shared/ipc/x.ts', "import { a } from '../../src-renderer/db/db';\nexport const b = a;", /never import the renderer|imports nothing outside/],
  ['main imports the renderer', 'src-main/ipc/x.ts', "import { a } from '../../src-renderer/db/db';\nexport const b = a;", /never import the renderer/],
  ['the renderer imports main', 'src-renderer/host/x.ts', "import type { A } from '../../src-main/ipc/register';\nexport type B = A;", /never src-main/],
  ['the renderer imports Electron', 'src-renderer/ui/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;", /Only src-main imports Electron/],
  ['domain imports db', 'src-renderer/domain/plan/x.ts', "import { a } from '../../db/plans';\nexport const b = a;", /domain\/ is pure/],
  ['domain imports ui', 'src-renderer/domain/x.ts', "import { a } from '../ui/format';\nexport const b = a;", /domain\/ is pure/],
  ['domain imports host', 'src-renderer/domain/reminders/x.ts', "import { a } from '../../host/host';\nexport const b = a;", /domain\/ is pure/],
  ['domain imports React', 'src-renderer/domain/x.ts', "import { useState } from 'react';\nexport const a = useState;", /not UI/],
  ['domain imports Dexie', 'src-renderer/domain/progress/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;", /Only db\/ imports Dexie/],
  ['a feature imports Dexie', 'src-renderer/progress/x.ts', "import { useLiveQuery } from 'dexie-react-hooks';\nexport const a = useLiveQuery;", /Only db\/ imports Dexie/],
  ['a feature imports the database instance', 'src-renderer/timeline/x.ts', "import { db } from '../db/db';\nexport const a = db;", /through db\/door/],
  ['a feature imports a table module', 'src-renderer/timeline/x.ts', "import { setMilestoneDone } from '../db/milestones';\nexport const a = setMilestoneDone;", /through db\/door/],
  ['the shell imports a table module', 'src-renderer/app/x.ts', "import { listPlans } from '../db/plans';\nexport const a = listPlans;", /through db\/door/],
  ['the host imports Dexie', 'src-renderer/host/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;", /Only db\/ imports Dexie/],
  ['a feature imports app/', 'src-renderer/timeline/x.ts', "import { screenFor } from '../app/screens';\nexport const a = screenFor;", /never import app\//],
];

describe('layer rules', { timeout: 60_000 }, () => {
  it.each(VIOLATIONS)('%s is an error', async (_name, filePath, code, message) => {
    const messages = await restricted(filePath, code);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toMatch(message);
  });

  it('allows what the layers allow', async () => {
    expect(await restricted('src-renderer/domain/readiness/x.ts', "import { a } from '../progress/calendar';\nexport const b = a;")).toEqual([]);
    expect(await restricted('src-renderer/domain/reminders/x.ts', "import { a } from '../../../src-shared/reminders/quiet-hours';\nexport const b = a;")).toEqual([]);
    expect(await restricted('src-renderer/timeline/x.ts', "import { hrefFor } from '../nav/router';\nexport const a = hrefFor;")).toEqual([]);
    expect(await restricted('src-renderer/data/x.ts', "import type { PlanRecord } from '../db/schema';\nimport { store } from '../db/door';\nexport type A = PlanRecord;\nexport const b = store;")).toEqual([]);
    expect(await restricted('src-renderer/timeline/x.ts', "import type { MilestoneRecord } from '../db/milestones';\nimport { useSetting } from '../db/hooks';\nimport { toTrackedMilestone } from '../db/records';\nexport type A = MilestoneRecord;\nexport const b = [useSetting, toTrackedMilestone];")).toEqual([]);
    expect(await restricted('src-renderer/db/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;")).toEqual([]);
    expect(await restricted('src-main/reminders/x.ts', "import { a } from '../../src-shared/reminders/service';\nexport const b = a;")).toEqual([]);
  });
});

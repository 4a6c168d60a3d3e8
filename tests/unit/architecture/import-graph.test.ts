// The whole-graph check behind `npm run lint`: the real source tree passes,
// and a cycle or an upward import in a made-up graph is reported.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { buildGraph, checkGraph } from '../../../scripts/import-graph.mjs';

type Graph = Map<string, string[]>;
const check = checkGraph as (graph: Graph) => string[];

describe('import graph', () => {
  it('has no cycles and no upward imports in the source tree', () => {
    expect(check((buildGraph as () => Graph)())).toEqual([]);
  });

  it('reports a cycle between two features', () => {
    const graph: Graph = new Map([
      ['src-renderer/plan/a.ts', ['src-renderer/timeline/b.ts']],
      ['src-renderer/timeline/b.ts', ['src-renderer/plan/a.ts']],
    ]);
    expect(check(graph)).toEqual(['cycle: src-renderer/plan/a.ts <-> src-renderer/timeline/b.ts']);
  });

  it('reports upward and cross-process arrows', () => {
    const graph: Graph = new Map([
      ['src-renderer/domain/plan.ts', ['src-renderer/db/plans.ts']],
      ['src-renderer/db/plans.ts', []],
      ['src-renderer/ui/Field.tsx', ['src-renderer/timeline/model.ts']],
      ['src-renderer/timeline/model.ts', ['src-renderer/app/screens.tsx']],
      ['src-renderer/app/screens.tsx', []],
      ['src-renderer/host/host.ts', ['src-main/ipc/register.ts']],
      ['src-main/ipc/register.ts', []],
      ['src-shared/ipc/contract.ts', ['src-main/ipc/register.ts']],
    ]);
    const problems = check(graph);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/domain\/ is pure/);
    expect(problems.join('\n')).toMatch(/ui \(layer 2\) may not import timeline/);
    expect(problems.join('\n')).toMatch(/timeline \(layer 4\) may not import app/);
    expect(problems.join('\n')).toMatch(/never src-main/);
    expect(problems.join('\n')).toMatch(/src-shared imports nothing/);
  });
});

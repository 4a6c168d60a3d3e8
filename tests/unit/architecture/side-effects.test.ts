// package.json declares the app's modules free of side effects, so the bundler
// drops modules whose exports go unused. A module imported only for what it
// does (`import './x'`) would be dropped too — unless package.json lists it.
// This test finds every such import and checks it is listed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src-main', 'src-renderer', 'src-shared'];
const BARE_IMPORT = /^import\s+['"](\.[^'"]+)['"];?$/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

function resolveModule(from: string, specifier: string): string {
  const base = path.join(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`]) {
    try {
      if (statSync(candidate).isFile()) return `./${candidate.split(path.sep).join('/')}`;
    } catch {
      // try the next extension
    }
  }
  throw new Error(`${from} imports ${specifier}, which does not exist`);
}

describe('modules imported for their side effects', () => {
  const declared: string[] = JSON.parse(readFileSync('package.json', 'utf8')).sideEffects;

  it('are each listed in package.json "sideEffects", so the bundler keeps them', () => {
    const needed = ROOTS.flatMap(sourceFiles).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(BARE_IMPORT)].map((match) => match[1]!).filter((specifier) => !specifier.endsWith('.css')).map((specifier) => resolveModule(file, specifier)),
    );
    expect(needed.length).toBeGreaterThan(0);
    for (const module of needed) expect(declared, `${module} is imported for its side effects`).toContain(module);
  });

  it('include the styles and the entry points', () => {
    expect(declared).toEqual(expect.arrayContaining(['*.css', './src-renderer/main.tsx']));
  });
});

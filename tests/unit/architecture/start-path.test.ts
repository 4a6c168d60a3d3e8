// What start-up loads is what main.tsx reaches by static imports: it must not
// reach Dexie, the store or a schema library. The first screen draws from the
// rows public/start-read.js read; the store (db/door.ts) loads once it has
// painted. A value import of a table module from the shell or a first screen
// would put Dexie back on the start path without failing any other test.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

function resolveModule(fromFile: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return null;
}

/** The specifiers a module imports for their values (not `import type`, not dynamic `import()`). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes) found.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

/** Every package and source file main.tsx reaches through value imports. */
function startPath(entry: string): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of valueImports(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier));
        continue;
      }
      const target = resolveModule(file, specifier);
      if (target && /\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return { packages, files };
}

const noDexie = (start: ReturnType<typeof startPath>) => ({
  packages: [...start.packages].filter((p) => p.startsWith('dexie') || p === 'zod'),
  files: [...start.files].map((f) => path.relative(root, f).split(path.sep).join('/')).filter((f) => /src-renderer\/db\/(db|schema|store|backup-store)\.ts$/.test(f)),
});

describe('the start path', () => {
  const { packages, files } = startPath(path.join(root, 'src-renderer/main.tsx'));
  const relative = [...files].map((f) => path.relative(root, f).split(path.sep).join('/'));

  it('holds React, the shell and the start read', () => {
    expect(packages).toContain('react');
    expect(relative).toContain('src-renderer/app/Shell.tsx');
    expect(relative).toContain('src-renderer/db/start-reads.ts');
    expect(relative).toContain('src-renderer/db/door.ts');
  });

  it('carries no Dexie, no store and no schema library', () => {
    expect(noDexie({ packages, files })).toEqual({ packages: [], files: [] });
  });

  // The screens a start lands on most (the fallback route and the plan's timeline) load with the entry.
  it.each(['src-renderer/today/TodayScreen.tsx', 'src-renderer/timeline/TimelineScreen.tsx'])('of %s carries no Dexie either', (screen) => {
    expect(noDexie(startPath(path.join(root, screen)))).toEqual({ packages: [], files: [] });
  });

  it('is told apart from a screen that does need the store at once', () => {
    // The Data screen reads backups with the backup format's schemas: it reaches both.
    const data = noDexie(startPath(path.join(root, 'src-renderer/data/DataScreen.tsx')));
    expect(data.packages).toContain('zod');
    expect(data.files).toContain('src-renderer/db/db.ts');
  });
});

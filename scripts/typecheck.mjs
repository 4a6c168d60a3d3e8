#!/usr/bin/env node
// Type-checks every project the root tsconfig.json references (shared, node,
// web, tests), each with only the types its layer may use. tsc -b would need
// composite projects that emit; these only check.
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };

function parse(configPath) {
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(ts.formatDiagnostic(read.error, host));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath), undefined, configPath);
}

const solution = parse(path.join(root, 'tsconfig.json'));
let failed = 0;
for (const reference of solution.projectReferences ?? []) {
  const config = parse(ts.resolveProjectReferencePath(reference));
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
  const diagnostics = [...config.errors, ...ts.getPreEmitDiagnostics(program)];
  const name = path.relative(root, reference.path);
  if (diagnostics.length) {
    failed += diagnostics.length;
    console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  }
  console.log(`${name}: ${config.fileNames.length} files, ${diagnostics.length} errors`);
}
process.exit(failed ? 1 : 0);

// The layers, enforced one file at a time (scripts/import-graph.mjs checks the
// whole graph for cycles and upward arrows). ESLint keeps only the last
// matching `no-restricted-imports`, so each block lists all that applies to it.
const FEATURES = ['about', 'data', 'onboarding', 'plan', 'progress', 'readiness', 'reminders', 'sync', 'timeline', 'today'];
// shared/ holds the renderer pieces several features use; it sits below them, so it imports no app/ either.
const featureGlobs = [...FEATURES, 'shared'].map((name) => `src-renderer/${name}/**/*.{ts,tsx}`);

const ELECTRON = { group: ['electron', 'electron/*'], message: 'Only src-main imports Electron.' };
const NODE = {
  regex: '^(node:|(fs|path|os|url|crypto|child_process|perf_hooks|util|stream|events)(/|$))',
  message: 'Node built-ins belong to src-main and scripts.',
};
const DEXIE = { group: ['dexie', 'dexie-react-hooks', 'dexie/*'], message: 'Only db/ imports Dexie: add a query to the db/ module of that table.' };
const DB_INSTANCE = {
  regex: '(^|/)db/db$',
  importNames: ['db'],
  message: 'Only db/ touches the database instance: import the query from the db/ module of that table.',
};
const DB_SCHEMA = {
  regex: '(^|/)db/schema$',
  allowTypeImports: true,
  message: 'Only db/ opens the database; import its record types with `import type`.',
};
// Outside db/, the database is behind the door: the store loads after the
// first screen, so start-up carries no Dexie (db/door.ts).
const DB_BEHIND_DOOR = {
  regex: '(^|/)db/(?!(door|hooks|records|setting-values|start-reads)$)',
  allowTypeImports: true,
  message:
    'The UI reaches the database through db/door (`store.…` for reads and writes) and db/hooks (live reads), so start-up loads no Dexie; record helpers are in db/records, setting checks in db/setting-values. Types may be imported with `import type`.',
};
const REACT = { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'This layer is not UI.' };
const SRC_MAIN = { regex: '(^|/)src-main(/|$)', message: 'The renderer imports src-shared, never src-main.' };
const SRC_RENDERER = { regex: '(^|/)src-renderer(/|$)', message: 'Main and src-shared never import the renderer.' };
const OUT_OF_SHARED = { regex: '^\\.\\./\\.\\.(/\\.\\.)*/', message: 'src-shared imports nothing outside src-shared.' };
const APP = { regex: '(^|/)app(/|$)', message: 'Features never import app/ (the shell above them); move what they need to nav/, ui/ or shared/.' };
// domain/ has sub-folders named like features (plan/, progress/…), so its rule
// goes by depth: a relative import may not climb out of domain/ except to
// src-shared and the catalog data in resources/.
const OUT_OF_DOMAIN = (depth) => ({
  regex: `^${'\\.\\./'.repeat(depth + 1)}(?!(\\.\\./)+(src-shared|resources)/)`,
  message: 'domain/ is pure: it imports only domain/, src-shared and the catalog data — no db, ui, host, React or Dexie.',
});

// db/ is the only door to Dexie and to the database instance.
const DB_DOOR = [DEXIE, DB_INSTANCE, DB_SCHEMA];

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export const layerRules = [
  { files: ['src-shared/**/*.ts'], rules: restrict(ELECTRON, NODE, DEXIE, REACT, SRC_MAIN, SRC_RENDERER, OUT_OF_SHARED) },
  { files: ['src-main/**/*.ts'], rules: restrict(SRC_RENDERER) },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/domain/**', 'src-renderer/db/**', 'src-renderer/app/**', ...featureGlobs],
    rules: restrict(ELECTRON, NODE, SRC_MAIN, ...DB_DOOR),
  },
  { files: ['src-renderer/app/**/*.{ts,tsx}'], rules: restrict(ELECTRON, NODE, SRC_MAIN, DEXIE, DB_BEHIND_DOOR) },
  { files: ['src-renderer/db/**/*.{ts,tsx}'], rules: restrict(ELECTRON, NODE, SRC_MAIN) },
  { files: featureGlobs, rules: restrict(ELECTRON, NODE, SRC_MAIN, DEXIE, DB_BEHIND_DOOR, APP) },
  { files: ['src-renderer/domain/*.ts'], rules: restrict(ELECTRON, NODE, SRC_MAIN, DEXIE, REACT, OUT_OF_DOMAIN(0)) },
  { files: ['src-renderer/domain/*/**/*.ts'], rules: restrict(ELECTRON, NODE, SRC_MAIN, DEXIE, REACT, OUT_OF_DOMAIN(1)) },
];

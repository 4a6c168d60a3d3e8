// zod compiles fast parsers with `new Function`, which the page's CSP (no
// 'unsafe-eval') refuses and reports as a violation. zod reads its settings
// from this global when its first module loads, so setting it here — the first
// import of main.tsx, with no imports of its own — keeps every schema the
// screens build eval-free without loading zod at start-up.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};

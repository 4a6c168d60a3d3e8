// The first screen's code is fetched from the page head, before any module runs.
// Without it, a screen's chunk (and then its imports) are asked for only once the
// entry has been fetched, compiled and evaluated — a second round of files that
// the timeline start waited ~70 ms for. The build writes a small classic script
// that maps each route to its chunk, that chunk's imports not in the entry, and
// its CSS; the script reads the hash and adds the links for that route.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** What the plugin needs of a bundle: rolldown's output chunks and assets. */
export interface BundleChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
export type BundleItem = BundleChunk | { type: 'asset'; fileName: string; source: string | Uint8Array };

/** Route name → the module its screen is loaded from, read from the screens table (`app/screens.tsx`). */
export function screenModules(screensFile: string): Map<string, string> {
  const source = readFileSync(screensFile, 'utf8');
  const table = /const LOADERS[^{]*\{([\s\S]*?)\n\};/.exec(source)?.[1];
  if (!table) throw new Error(`${screensFile}: the LOADERS table was not found`);
  const routes = new Map<string, string>();
  for (const [, route, specifier] of table.matchAll(/(\w+): \(\) => import\('([^']+)'\)/g)) {
    routes.set(route!, path.resolve(path.dirname(screensFile), `${specifier}.tsx`));
  }
  if (routes.size === 0) throw new Error(`${screensFile}: no screens in the LOADERS table`);
  return routes;
}

/** For each route, the files to fetch at once: its screen chunk, that chunk's imports the entry does not bring, and their CSS. */
export function routeFiles(bundle: Record<string, BundleItem>, routes: Map<string, string>): Record<string, string[]> {
  const chunks = new Map(Object.values(bundle).filter((item): item is BundleChunk => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const closure = (start: BundleChunk): BundleChunk[] => {
    const seen = new Map<string, BundleChunk>();
    const visit = (chunk: BundleChunk) => {
      if (seen.has(chunk.fileName)) return;
      seen.set(chunk.fileName, chunk);
      for (const name of chunk.imports) {
        const next = chunks.get(name);
        if (next) visit(next);
      }
    };
    visit(start);
    return [...seen.values()];
  };
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('the bundle has no entry chunk');
  const atStart = new Set(closure(entry).map((chunk) => chunk.fileName));
  const byModule = new Map([...chunks.values()].filter((chunk) => chunk.facadeModuleId).map((chunk) => [path.normalize(chunk.facadeModuleId!), chunk]));

  const files: Record<string, string[]> = {};
  for (const [route, module] of routes) {
    const screen = byModule.get(path.normalize(module));
    if (!screen) throw new Error(`no chunk for the ${route} screen (${module})`);
    const needed = closure(screen).filter((chunk) => !atStart.has(chunk.fileName));
    const css = needed.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]);
    files[route] = [...needed.map((chunk) => chunk.fileName), ...new Set(css)];
  }
  return files;
}

/**
 * The head script. JavaScript gets `modulepreload` (fetched and compiled, run
 * when imported); CSS gets `preload`, so the screen's own loader still adds the
 * stylesheet and waits for it, and a screen never shows unstyled.
 */
export function preloadScript(files: Record<string, string[]>, fallbackRoute: string): string {
  return `/* global window, document -- written by scripts/route-preloads.ts */
(function () {
  var files = ${JSON.stringify(files)};
  var route = /^#\\/?([^?]*)/.exec(window.location.hash || '');
  var list = files[route && files[route[1]] ? route[1] : ${JSON.stringify(fallbackRoute)}];
  for (var i = 0; i < list.length; i++) {
    var link = document.createElement('link');
    var css = /\\.css$/.test(list[i]);
    link.rel = css ? 'preload' : 'modulepreload';
    if (css) link.as = 'style';
    link.crossOrigin = '';
    link.href = './' + list[i];
    document.head.appendChild(link);
  }
})();
`;
}

/** The plugin: emits the script and puts it at the end of the page head. */
export function routePreloads({ screensFile, fallbackRoute }: { screensFile: string; fallbackRoute: string }): Plugin {
  return {
    name: 'coderpath-route-preloads',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
      const files = routeFiles(bundle as unknown as Record<string, BundleItem>, screenModules(screensFile));
      const fileName = this.getFileName(this.emitFile({ type: 'asset', name: 'route-preload.js', source: preloadScript(files, fallbackRoute) }));
      // Last in the head, so the entry and the main stylesheet are asked for
      // first; async, so the frame in the HTML never waits for it.
      const end = html.source.indexOf('</head>');
      if (end < 0) throw new Error('index.html has no </head> to put the route preloads in');
      html.source = `${html.source.slice(0, end)}  <script async src="./${fileName}"></script>\n  ${html.source.slice(end)}`;
    },
  };
}

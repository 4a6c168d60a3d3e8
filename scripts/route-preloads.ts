// The first screen's code is fetched from the page head, before any module runs.
// Without it, a screen's chunk (and then its imports) are asked for only once the
// entry has been fetched, compiled and evaluated — a second round of files that
// the timeline start waited ~70 ms for. The build writes a small classic script
// that maps each route to its chunk, that chunk's imports not in the entry, and
// its CSS; the script reads the hash and adds the links for that route. It is
// joined with the page's other head scripts (the theme, the start read).
import { readFileSync, rmSync } from 'node:fs';
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

// The page's own classic scripts in index.html (public/, served as they are in
// development). The build joins them with the route preloads into one file.
// Where the joined script's file name goes, once the build has named it.
const PAGE_SCRIPT_FILE = '%PAGE_SCRIPT%';
const PAGE_SCRIPT_TAG = /<script\b[^>]*\bsrc="\.\/([\w-]+\.js)"[^>]*><\/script>[ \t]*\n?/g;

/**
 * The page head with its classic scripts (`<script src="./x.js">`, in order)
 * and the route preloads joined into one script where the first of them was:
 * one file to fetch, run while the head is parsed — before the frame in the
 * HTML is first laid out and painted, which would otherwise hold them (and so
 * the first screen's data and code) back by that long.
 */
export function joinPageScripts(html: string, readScript: (name: string) => string, preloads: string): { html: string; source: string; names: string[] } {
  const names: string[] = [];
  let first = -1;
  const rest = html.replace(PAGE_SCRIPT_TAG, (tag, name: string, offset: number) => {
    if (/\btype="module"/.test(tag)) return tag;
    // Joined, a script runs where the first one was, while the head is parsed.
    if (/\b(defer|async)\b/.test(tag)) throw new Error(`index.html: ${name} is deferred or async: joined, it would no longer wait`);
    names.push(name);
    if (first < 0) first = offset;
    return '';
  });
  if (first < 0) throw new Error('index.html has no page script (<script src="./…js">) to join the route preloads to');
  // Each piece runs even when one before it throws; the error is still thrown (later), so it shows.
  const piece = (label: string, code: string) => `/* ${label} */\ntry {\n${code}\n} catch (error) {\n  setTimeout(function () { throw error; });\n}`;
  const source = [...names.map((name) => piece(name, readScript(name))), piece('route preloads', preloads)].join('\n');
  return { html: `${rest.slice(0, first)}<script src="./${PAGE_SCRIPT_FILE}"></script>\n    ${rest.slice(first)}`, source, names };
}


/** The plugin: joins the page scripts and the route preloads into one head script. */
export function routePreloads({ screensFile, fallbackRoute, publicDir }: { screensFile: string; fallbackRoute: string; publicDir: string }): Plugin {
  let joined: string[] = [];
  return {
    name: 'coderpath-route-preloads',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
      const files = routeFiles(bundle as unknown as Record<string, BundleItem>, screenModules(screensFile));
      const page = joinPageScripts(html.source, (name) => readFileSync(path.join(publicDir, name), 'utf8'), preloadScript(files, fallbackRoute));
      const fileName = this.getFileName(this.emitFile({ type: 'asset', name: 'page-boot.js', source: page.source }));
      html.source = page.html.replace(PAGE_SCRIPT_FILE, fileName);
      joined = page.names;
    },
    // Vite copies public/ as it is; the scripts joined above are not asked for by the built page.
    writeBundle(options) {
      for (const name of joined) if (options.dir) rmSync(path.join(options.dir, name), { force: true });
    },
  };
}

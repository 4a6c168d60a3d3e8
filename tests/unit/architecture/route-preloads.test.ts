// The head script that fetches the first screen's code before any module runs:
// the route table comes from the real screens file, the files from a bundle, and
// the script itself is run against a small DOM to see which links it adds.
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { joinPageScripts, preloadScript, routeFiles, screenModules, type BundleItem } from '../../../scripts/route-preloads';

const SCREENS = path.resolve('src-renderer/app/screens.tsx');

const chunk = (fileName: string, imports: string[], extra: { isEntry?: boolean; facadeModuleId?: string; css?: string[] } = {}): BundleItem => ({
  type: 'chunk',
  fileName,
  imports,
  isEntry: extra.isEntry ?? false,
  facadeModuleId: extra.facadeModuleId ?? null,
  viteMetadata: { importedCss: new Set(extra.css ?? []) },
});

describe('the route table', () => {
  it('names every route of the router with its screen module', () => {
    const routes = screenModules(SCREENS);
    expect([...routes.keys()].sort()).toEqual(['about', 'data', 'new', 'plan', 'progress', 'readiness', 'reminders', 'timeline', 'today']);
    expect(routes.get('timeline')).toBe(path.resolve('src-renderer/timeline/TimelineScreen.tsx'));
    expect(routes.get('new')).toBe(path.resolve('src-renderer/onboarding/OnboardingScreen.tsx'));
  });
});

describe('the files of a route', () => {
  const routes = new Map([
    ['today', '/app/today/TodayScreen.tsx'],
    ['timeline', '/app/timeline/TimelineScreen.tsx'],
  ]);
  const bundle: Record<string, BundleItem> = {
    'index.html': { type: 'asset', fileName: 'index.html', source: '<html></html>' },
    'assets/index.js': chunk('assets/index.js', ['assets/react.js'], { isEntry: true }),
    'assets/react.js': chunk('assets/react.js', []),
    'assets/kit.js': chunk('assets/kit.js', ['assets/react.js'], { css: ['assets/kit.css'] }),
    'assets/Today.js': chunk('assets/Today.js', ['assets/index.js', 'assets/kit.js'], { facadeModuleId: '/app/today/TodayScreen.tsx', css: ['assets/Today.css'] }),
    'assets/Timeline.js': chunk('assets/Timeline.js', ['assets/index.js', 'assets/kit.js', 'assets/fixes.js'], { facadeModuleId: '/app/timeline/TimelineScreen.tsx' }),
    'assets/fixes.js': chunk('assets/fixes.js', ['assets/kit.js']),
  };

  it('are the screen chunk and what it imports beyond the entry, with their CSS, each once', () => {
    const files = routeFiles(bundle, routes);
    expect(files.today).toEqual(['assets/Today.js', 'assets/kit.js', 'assets/Today.css', 'assets/kit.css']);
    expect(files.timeline).toEqual(['assets/Timeline.js', 'assets/kit.js', 'assets/fixes.js', 'assets/kit.css']);
  });

  it('stop the build when a screen has no chunk', () => {
    expect(() => routeFiles(bundle, new Map([['about', '/app/about/AboutScreen.tsx']]))).toThrow(/no chunk for the about screen/);
  });
});

describe('the head script', () => {
  const files = { today: ['assets/Today.js', 'assets/Today.css'], timeline: ['assets/Timeline.js'] };

  function linksFor(hash: string) {
    const added: { rel: string; as?: string; href: string; crossOrigin: string }[] = [];
    const document = {
      createElement: () => ({ rel: '', href: '', crossOrigin: null as string | null }),
      head: { appendChild: (link: (typeof added)[number]) => added.push(link) },
    };
    runInNewContext(preloadScript(files, 'today'), { window: { location: { hash } }, document });
    return added.map(({ rel, as, href, crossOrigin }) => ({ rel, href, crossOrigin, ...(as ? { as } : {}) }));
  }

  it('fetches the code of the screen the hash names, ahead of the module that imports it', () => {
    expect(linksFor('#/timeline?milestone=m-1')).toEqual([{ rel: 'modulepreload', href: './assets/Timeline.js', crossOrigin: '' }]);
  });

  it('preloads CSS without applying it, so the screen loader still waits for its stylesheet', () => {
    expect(linksFor('#/today')).toEqual([
      { rel: 'modulepreload', href: './assets/Today.js', crossOrigin: '' },
      { rel: 'preload', as: 'style', href: './assets/Today.css', crossOrigin: '' },
    ]);
  });

  it('falls back to the route the router opens for an empty or unknown hash', () => {
    expect(linksFor('')).toHaveLength(2);
    expect(linksFor('#/nowhere')).toHaveLength(2);
  });
});

describe('the joined page script', () => {
  const head = (scripts: string) => `<html><head>\n    <title>x</title>\n    ${scripts}\n  </head><body><script type="module" crossorigin src="./assets/index.js"></script></body></html>`;
  const read = (name: string) => `/* the ${name} */`;

  it('takes the page scripts in order, then the preloads, into one script where the first one was', () => {
    const page = joinPageScripts(head('<script src="./theme-boot.js"></script>\n    <script src="./start-read.js"></script>'), read, 'preloads();');
    expect(page.names).toEqual(['theme-boot.js', 'start-read.js']);
    expect(page.source.indexOf('the theme-boot.js')).toBeLessThan(page.source.indexOf('the start-read.js'));
    expect(page.source.indexOf('preloads();')).toBeGreaterThan(page.source.indexOf('the start-read.js'));
    expect(page.html.match(/<script\b/g)).toHaveLength(2);
    expect(page.html.indexOf('%PAGE_SCRIPT%')).toBeGreaterThan(page.html.indexOf('<title>'));
    expect(page.html.indexOf('%PAGE_SCRIPT%')).toBeLessThan(page.html.indexOf('</head>'));
    // The entry module stays where it was.
    expect(page.html).toContain('<script type="module" crossorigin src="./assets/index.js"></script></body>');
  });

  it('is what the real page holds: the theme first (it must run before the first paint), then the start read', () => {
    const html = readFileSync(path.resolve('src-renderer/index.html'), 'utf8');
    expect(joinPageScripts(html, read, '').names).toEqual(['theme-boot.js', 'start-read.js']);
  });

  it('stops the build when the page has no script to join, or one meant to run later', () => {
    expect(() => joinPageScripts(head(''), read, '')).toThrow(/no page script/);
    expect(() => joinPageScripts(head('<script defer src="./start-read.js"></script>'), read, '')).toThrow(/deferred or async/);
  });

  it('runs every piece even when one before it throws, and the error still shows', () => {
    const page = joinPageScripts(head('<script src="./a.js"></script>\n    <script src="./b.js"></script>'), (name) => (name === 'a.js' ? 'throw new Error("a broke");' : 'ran.push("b");'), 'ran.push("preloads");');
    const ran: string[] = [];
    const thrown: unknown[] = [];
    runInNewContext(page.source, { ran, setTimeout: (callback: () => void) => { try { callback(); } catch (error) { thrown.push(error); } } });
    expect(ran).toEqual(['b', 'preloads']);
    expect(String(thrown[0])).toContain('a broke');
  });
});

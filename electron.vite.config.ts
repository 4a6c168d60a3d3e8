import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src-main/security/csp';
import { routePreloads } from './scripts/route-preloads';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'src-main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Sandboxed preloads cannot be ES modules; bundle everything into one CJS file.
      lib: { entry: resolve(root, 'src-main/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [
      react(),
      // The route parseHash falls back to (nav/router.ts) when the hash names none.
      routePreloads({ screensFile: resolve(root, 'src-renderer/app/screens.tsx'), fallbackRoute: 'today', publicDir: resolve(root, 'src-renderer/public') }),
      {
        // The built page carries its own CSP so it holds in the web host too;
        // in dev, main sends a looser header that hot reload needs.
        name: 'coderpath-csp-meta',
        apply: 'build',
        transformIndexHtml: () => [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ dev: false }) },
            injectTo: 'head-prepend',
          },
        ],
      },
    ],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      sourcemap: false,
      rolldownOptions: {
        input: resolve(root, 'src-renderer/index.html'),
        // Everything the entry imports is one file: the start path fetches and
        // compiles one script instead of twenty small ones.
        output: {
          codeSplitting: {
            groups: [
              { name: 'start', tags: ['$initial'], priority: 2 },
              { name: 'screen-kit', test: /src-renderer[\\/]ui[\\/]|node_modules[\\/]date-fns[\\/]/, minShareCount: 2, priority: 1 },
            ],
          },
        },
      },
    },
  },
});

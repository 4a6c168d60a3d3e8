#!/usr/bin/env node
// Serves the built renderer (out/renderer) on 127.0.0.1 with the web host, so
// the UI runs in any browser. Usage: node scripts/serve-web.mjs [--port N] [--root DIR]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rootArg = process.argv.indexOf('--root');
const root = rootArg > -1 ? path.resolve(process.argv[rootArg + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'out', 'renderer');
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > -1 ? process.argv[portArg + 1] : process.env.PORT || 4173);
const host = '127.0.0.1';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

async function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] || '/');
  const file = path.resolve(root, '.' + (decoded === '/' ? '/index.html' : decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

try {
  await stat(path.join(root, 'index.html'));
} catch {
  console.error(`${root}/index.html is missing: run \`npm run build\` first.`);
  process.exit(1);
}

// Caching as a static host should: Vite's hashed files under assets/ never
// change, so the browser keeps them (and its compiled code for them, as the
// desktop app does with the app:// scheme's code cache); everything else is
// revalidated on each load by its ETag, so a rebuild shows at once.
function cacheHeaders(file, info) {
  const immutable = path.relative(root, file).split(path.sep)[0] === 'assets';
  return {
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ETag: `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
  };
}

const server = createServer(async (req, res) => {
  const file = await resolveFile(req.url || '/');
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const headers = {
    'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    ...cacheHeaders(file, await stat(file)),
  };
  if (req.headers['if-none-match'] === headers.ETag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, headers);
  res.end(await readFile(file));
});

server.listen(port, host, () => {
  console.log(`CoderPath (web host) on http://${host}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

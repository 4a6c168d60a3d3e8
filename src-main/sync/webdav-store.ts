// The WebDAV transport: the folder layout over PROPFIND, GET, PUT, DELETE and
// MKCOL, with fetch. A library was weighed: the `webdav` package (5.x) pulls in
// fifteen dependencies (node-fetch, an XML parser, md5, minimatch…) for far more
// than these five verbs; the sync needs only names and ETags from a listing,
// which a small, tested reader below gets from any server's multistatus.
//
// Writes are conditional: a new file is PUT with `If-None-Match: *` (never over
// another), a removal is `If-Match: <etag>` (only the version merged here).
import { formatFolder, isComputerFolder, parseFormatFolder, SYNC_APP_FOLDER, SYNC_FORMAT_VERSION } from '../../src-shared/sync/layout';
import { SyncTargetError } from '../../src-shared/sync/problems';
import { checkWebdavAddress } from '../../src-shared/sync/webdav-address';
import type { SyncFileEntry, SyncListing, SyncStore } from '../../src-shared/sync/store';

export interface WebdavStoreOptions {
  url: string;
  username: string;
  password: string;
  fetch: typeof globalThis.fetch;
  timeoutMs?: number;
}

export interface DavEntry {
  name: string;
  collection: boolean;
  etag: string | null;
  size: number | null;
}

const tag = (name: string) => `<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>`;
const close = (name: string) => `</(?:[\\w.-]+:)?${name}>`;
const RESPONSE = new RegExp(`${tag('response')}([\\s\\S]*?)${close('response')}`, 'g');
const HREF = new RegExp(`${tag('href')}([\\s\\S]*?)${close('href')}`);
const ETAG = new RegExp(`${tag('getetag')}([\\s\\S]*?)${close('getetag')}`);
const LENGTH = new RegExp(`${tag('getcontentlength')}\\s*(\\d+)\\s*${close('getcontentlength')}`);
const COLLECTION = /<(?:[\w.-]+:)?collection(?:\s[^>]*)?\/?>/;

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** The children of a collection from a PROPFIND Depth: 1 answer (the collection itself left out). */
export function parseMultistatus(xml: string, collectionPath: string): DavEntry[] {
  const self = decodeURIComponent(collectionPath).replace(/\/+$/, '');
  const entries: DavEntry[] = [];
  for (const match of xml.matchAll(RESPONSE)) {
    const body = match[1]!;
    const href = HREF.exec(body)?.[1];
    if (!href) continue;
    let pathname = decodeXml(href.trim());
    try {
      pathname = decodeURIComponent(new URL(pathname, 'http://x').pathname);
    } catch {
      continue;
    }
    const trimmed = pathname.replace(/\/+$/, '');
    if (trimmed === self) continue;
    const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    const etag = ETAG.exec(body)?.[1];
    const length = LENGTH.exec(body)?.[1];
    entries.push({ name, collection: COLLECTION.test(body), etag: etag ? decodeXml(etag.trim()) : null, size: length ? Number(length) : null });
  }
  return entries;
}

function statusError(status: number, what: string): SyncTargetError {
  if (status === 401 || status === 403) return new SyncTargetError('bad-credentials', 'The WebDAV server did not accept the user name or password. Check them in Data → Sync (an app password may be needed).');
  if (status === 507) return new SyncTargetError('disk-full', 'The WebDAV server is out of space. Free some space there; CoderPath will try again and nothing is lost.');
  if (status >= 500) return new SyncTargetError('server-error', `The WebDAV server had a problem (${status}) while ${what}. CoderPath will try again; nothing is lost.`);
  return new SyncTargetError('failed', `The WebDAV server answered ${status} while ${what}.`);
}

export function createWebdavStore(options: WebdavStoreOptions): SyncStore {
  checkWebdavAddress(options.url);
  const base = new URL(options.url);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const host = base.host;
  const auth = `Basic ${Buffer.from(`${options.username}:${options.password}`, 'utf8').toString('base64')}`;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const urlOf = (...segments: string[]) => new URL(segments.map(encodeURIComponent).join('/'), base);

  interface DavAnswer {
    status: number;
    ok: boolean;
    text: string;
  }

  async function attempt(method: string, url: URL, what: string, init: { headers?: Record<string, string>; body?: string }): Promise<DavAnswer> {
    try {
      const response = await options.fetch(url, {
        method,
        headers: { Authorization: auth, ...init.headers },
        ...(init.body !== undefined ? { body: init.body } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      // The body is read under the same timeout: a server that stalls mid-answer is a timeout too.
      return { status: response.status, ok: response.ok, text: method === 'HEAD' ? '' : await response.text() };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new SyncTargetError('timeout', `The WebDAV server at ${host} did not answer in time while ${what}. CoderPath will try again.`);
      }
      throw new SyncTargetError('offline', `The WebDAV server at ${host} cannot be reached (offline, or the address is wrong). CoderPath will try again.`);
    }
  }

  async function request(method: string, url: URL, what: string, init: { headers?: Record<string, string>; body?: string } = {}): Promise<DavAnswer> {
    try {
      return await attempt(method, url, what, init);
    } catch (error) {
      // A kept-alive connection the server already closed fails once: try a fresh one before giving up.
      if (error instanceof SyncTargetError && error.code === 'offline') return await attempt(method, url, what, init);
      throw error;
    }
  }

  async function propfind(segments: string[]): Promise<DavEntry[]> {
    const url = urlOf(...segments);
    if (segments.length) url.pathname += '/';
    const response = await request('PROPFIND', url, 'listing files', {
      headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
      body: '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/><d:getcontentlength/></d:prop></d:propfind>',
    });
    if (response.status === 404) return [];
    if (response.status !== 207) throw statusError(response.status, 'listing files');
    return parseMultistatus(response.text, url.pathname);
  }

  async function mkcol(segments: string[]): Promise<void> {
    const url = urlOf(...segments);
    url.pathname += '/';
    const response = await request('MKCOL', url, 'creating a folder');
    // 405: it exists already.
    if (!response.ok && response.status !== 405) throw statusError(response.status, 'creating a folder');
  }

  const formatPath = [SYNC_APP_FOLDER, formatFolder(SYNC_FORMAT_VERSION)];

  return {
    label: `${base.origin}${base.pathname}`,

    async list(): Promise<SyncListing> {
      // The address itself must answer: a wrong address or password is said, not read as "empty".
      await propfind([]);
      const newerFormats = (await propfind([SYNC_APP_FOLDER]))
        .filter((entry) => entry.collection)
        .map((entry) => parseFormatFolder(entry.name))
        .filter((version): version is number => version !== null && version > SYNC_FORMAT_VERSION)
        .sort((a, b) => a - b);
      const entries: SyncFileEntry[] = [];
      for (const computer of await propfind(formatPath)) {
        if (!computer.collection || !isComputerFolder(computer.name)) continue;
        for (const file of await propfind([...formatPath, computer.name])) {
          if (file.collection || file.name.startsWith('.') || !file.name.endsWith('.json')) continue;
          entries.push({ path: `${computer.name}/${file.name}`, computer: computer.name, name: file.name, tag: file.etag ?? `size:${file.size ?? '?'}` });
        }
      }
      return { entries, newerFormats };
    },

    async read(entry) {
      const response = await request('GET', urlOf(...formatPath, entry.computer, entry.name), 'reading a file');
      if (response.status === 404) throw new SyncTargetError('target-missing', `The file ${entry.path} is no longer on the server.`);
      if (!response.ok) throw statusError(response.status, 'reading a file');
      return response.text;
    },

    async writeNew(computer, name, content) {
      for (let depth = 1; depth <= formatPath.length; depth++) await mkcol(formatPath.slice(0, depth));
      await mkcol([...formatPath, computer]);
      const url = urlOf(...formatPath, computer, name);
      // Servers that ignore If-None-Match still must not be allowed to overwrite: look first.
      const existing = await request('HEAD', url, 'checking a file');
      if (existing.ok) throw new SyncTargetError('conflict', `A sync file named ${name} already exists on the server; it was kept as it is.`);
      const response = await request('PUT', url, 'saving changes', {
        headers: { 'If-None-Match': '*', 'Content-Type': 'application/json; charset=utf-8' },
        body: content,
      });
      if (response.status === 412) throw new SyncTargetError('conflict', `A sync file named ${name} already exists on the server; it was kept as it is.`);
      if (!response.ok) throw statusError(response.status, 'saving changes');
    },

    async remove(entry) {
      const headers: Record<string, string> = entry.tag.startsWith('size:') ? {} : { 'If-Match': entry.tag };
      const response = await request('DELETE', urlOf(...formatPath, entry.computer, entry.name), 'tidying old files', { headers });
      // 412: it changed since it was merged here — keep it; 404: gone already.
      if (!response.ok && response.status !== 404 && response.status !== 412) throw statusError(response.status, 'tidying old files');
    },
  };
}

// The WebDAV transport: the folder layout over the `webdav` client library
// (perry-mitchell/webdav-client), which builds the PROPFIND, GET, PUT, DELETE
// and MKCOL requests and reads any server's multistatus into names and props.
//
// What the store adds on top:
// - conditional writes: a new file is PUT with `If-None-Match: *` (never over
//   another), a removal is `If-Match: <etag>` with the ETag exactly as listed
//   (the library's `etag` drops the quotes, so the raw prop is kept);
// - its own fetch under the library (see `libraryFetch`): a timeout per request
//   that covers the body, no redirects, one retry of a dropped connection;
// - every failure said as a SyncTargetError the status light and the student
//   can act on (the library throws errors carrying `status` and `response`).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createClient, getPatcher, type FileStat } from 'webdav';
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

interface DavEntry {
  name: string;
  collection: boolean;
  etag: string | null;
  size: number | null;
}

function statusError(status: number, what: string): SyncTargetError {
  if (status === 401 || status === 403) return new SyncTargetError('bad-credentials', 'The WebDAV server did not accept the user name or password. Check them in Data → Sync (an app password may be needed).');
  if (status === 507) return new SyncTargetError('disk-full', 'The WebDAV server is out of space. Free some space there; CoderPath will try again and nothing is lost.');
  if (status >= 500) return new SyncTargetError('server-error', `The WebDAV server had a problem (${status}) while ${what}. CoderPath will try again; nothing is lost.`);
  return new SyncTargetError('failed', `The WebDAV server answered ${status} while ${what}.`);
}

/** The HTTP status of an error the library threw for an answer of 400 or more. */
function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** The store a library request is made for: its fetch and timeout, and what it is doing (for messages). */
interface DavCall {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  host: string;
  what: string;
}

// The library's fetch hook is one for the whole process; each store call runs
// in its own async context, so every request it makes finds that store's fetch.
const currentCall = new AsyncLocalStorage<DavCall>();
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

async function attempt(call: DavCall, url: URL, init: RequestInit): Promise<Response> {
  try {
    // No redirects: the password goes to the address given, nowhere else.
    const response = await call.fetch(url, { ...init, signal: AbortSignal.timeout(call.timeoutMs), redirect: 'error' });
    // The body is read here, under the same timeout: a server that stalls mid-answer is a timeout too.
    const body = init.method === 'HEAD' || NULL_BODY_STATUS.has(response.status) ? null : await response.arrayBuffer();
    // A listing is a multistatus: any other success (a login page at a wrong address) is said, not parsed.
    if (init.method === 'PROPFIND' && response.status < 400 && response.status !== 207) throw statusError(response.status, call.what);
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    if (error instanceof SyncTargetError) throw error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new SyncTargetError('timeout', `The WebDAV server at ${call.host} did not answer in time while ${call.what}. CoderPath will try again.`);
    }
    throw new SyncTargetError('offline', `The WebDAV server at ${call.host} cannot be reached (offline, or the address is wrong). CoderPath will try again.`);
  }
}

async function libraryFetch(address: string, init: RequestInit): Promise<Response> {
  const call = currentCall.getStore();
  if (!call) throw new Error('WebDAV requests are made through createWebdavStore only.');
  // The store lists folders only, and the library's URL join drops the trailing
  // slash that some servers (Apache, lighttpd) want on a folder; else they redirect.
  const url = new URL(address);
  if (init.method === 'PROPFIND' && !url.pathname.endsWith('/')) url.pathname += '/';
  try {
    return await attempt(call, url, init);
  } catch (error) {
    // A kept-alive connection the server already closed fails once: try a fresh one before giving up.
    if (error instanceof SyncTargetError && error.code === 'offline') return await attempt(call, url, init);
    throw error;
  }
}

let fetchRouted = false;
function routeLibraryFetch(): void {
  if (fetchRouted) return;
  // The library calls its fetch as fetch(url, init), url a string.
  getPatcher().patch('fetch', (url, init) => libraryFetch(String(url), init as RequestInit));
  fetchRouted = true;
}

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/><d:getcontentlength/></d:prop></d:propfind>';

function davEntry(stat: FileStat): DavEntry {
  // The XML reader turns number-like text into numbers; an ETag is compared as the server wrote it.
  const etag = stat.props?.getetag;
  const length = Number(stat.props?.getcontentlength);
  return {
    name: stat.basename,
    collection: stat.type === 'directory',
    etag: etag === undefined || etag === null || etag === '' ? null : String(etag),
    size: stat.props?.getcontentlength === undefined || !Number.isFinite(length) ? null : length,
  };
}

export function createWebdavStore(options: WebdavStoreOptions): SyncStore {
  checkWebdavAddress(options.url);
  routeLibraryFetch();
  const base = new URL(options.url);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const host = base.host;
  const timeoutMs = options.timeoutMs ?? 20_000;
  // Basic auth is sent as UTF-8 (the library's encoder takes Latin-1 only), so no user name or password is given to it.
  const client = createClient(base.href, {
    headers: { Authorization: `Basic ${Buffer.from(`${options.username}:${options.password}`, 'utf8').toString('base64')}` },
  });
  const pathOf = (...segments: string[]) => `/${segments.join('/')}`;

  /** Runs library calls for one step, and says whatever went wrong as a SyncTargetError. */
  async function run<T>(what: string, step: () => Promise<T>): Promise<T> {
    try {
      return await currentCall.run({ fetch: options.fetch, timeoutMs, host, what }, step);
    } catch (error) {
      if (error instanceof SyncTargetError) throw error;
      const status = statusOf(error);
      if (status !== null) throw statusError(status, what);
      throw new SyncTargetError('failed', `The WebDAV server at ${host} gave an answer CoderPath could not read while ${what}.`);
    }
  }

  async function propfind(segments: string[]): Promise<DavEntry[]> {
    return await run('listing files', async () => {
      try {
        const answer = await client.getDirectoryContents(pathOf(...segments), {
          details: true,
          data: PROPFIND_BODY,
          headers: { 'Content-Type': 'application/xml; charset=utf-8' },
        });
        return answer.data.map(davEntry);
      } catch (error) {
        if (statusOf(error) === 404) return [];
        throw error;
      }
    });
  }

  async function mkcol(segments: string[]): Promise<void> {
    await run('creating a folder', async () => {
      try {
        await client.createDirectory(pathOf(...segments));
      } catch (error) {
        // 405: it exists already.
        if (statusOf(error) !== 405) throw error;
      }
    });
  }

  const formatPath = [SYNC_APP_FOLDER, formatFolder(SYNC_FORMAT_VERSION)];
  const conflict = (name: string) => new SyncTargetError('conflict', `A sync file named ${name} already exists on the server; it was kept as it is.`);

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
      return await run('reading a file', async () => {
        try {
          const content = await client.getFileContents(pathOf(...formatPath, entry.computer, entry.name), { format: 'text' });
          return typeof content === 'string' ? content : '';
        } catch (error) {
          if (statusOf(error) === 404) throw new SyncTargetError('target-missing', `The file ${entry.path} is no longer on the server.`);
          throw error;
        }
      });
    },

    async writeNew(computer, name, content) {
      for (let depth = 1; depth <= formatPath.length; depth++) await mkcol(formatPath.slice(0, depth));
      await mkcol([...formatPath, computer]);
      const filePath = pathOf(...formatPath, computer, name);
      // Servers that ignore If-None-Match still must not be allowed to overwrite: look first.
      const exists = await run('checking a file', async () => {
        try {
          await client.customRequest(filePath, { method: 'HEAD' });
          return true;
        } catch (error) {
          if (statusOf(error) !== null) return false;
          throw error;
        }
      });
      if (exists) throw conflict(name);
      // overwrite: false is the library's `If-None-Match: *`; it answers false for a 412.
      const written = await run('saving changes', () =>
        client.putFileContents(filePath, content, { overwrite: false, headers: { 'Content-Type': 'application/json; charset=utf-8' } }),
      );
      if (!written) throw conflict(name);
    },

    async remove(entry) {
      const headers: Record<string, string> = entry.tag.startsWith('size:') ? {} : { 'If-Match': entry.tag };
      await run('tidying old files', async () => {
        try {
          await client.deleteFile(pathOf(...formatPath, entry.computer, entry.name), { headers });
        } catch (error) {
          // 412: it changed since it was merged here — keep it; 404: gone already.
          const status = statusOf(error);
          if (status !== 404 && status !== 412) throw error;
        }
      });
    },
  };
}

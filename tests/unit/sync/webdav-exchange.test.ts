// The WebDAV transport against a real server (rclone serve webdav on 127.0.0.1).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWebdavStore } from '../../../src-main/sync/webdav-store';
import { compact, exchange } from '../../../src-shared/sync/exchange';
import { checkWebdavAddress } from '../../../src-shared/sync/webdav-address';
import { formatHlc } from '../../../src-shared/sync/hlc';
import { materialize, mergeDocs, type SyncDoc } from '../../../src-shared/sync/merge';
import { startWebdavServer, type WebdavServer } from './webdav-server';
import { startFaultProxy } from './fault-proxy';

let server: WebdavServer;
beforeAll(async () => {
  server = await startWebdavServer();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});
// Each test gets its own collection on the server (as each user has on Nextcloud).
let testNumber = 0;
let base: string;
let dir: string;
beforeEach(async () => {
  testNumber++;
  base = `${server.url}t${testNumber}/`;
  dir = path.join(server.dir, `t${testNumber}`);
  await fs.mkdir(dir);
});

const store = (overrides: Partial<Parameters<typeof createWebdavStore>[0]> = {}) =>
  createWebdavStore({ url: base, username: server.user, password: server.pass, fetch: globalThis.fetch, ...overrides });
const at = (ms: number, node: string) => formatHlc(1_733_000_000_000 + ms, 0, node);
const session = (id: string, minutes: number, stamp: string): SyncDoc => ({ sessions: { [id]: { f: { id: [id, stamp], minutes: [minutes, stamp] } } } });

describe('sync over a real WebDAV server', () => {
  it('lays files out as on a folder, and another computer reads them', async () => {
    await exchange(store(), { computer: 'laptop', outgoing: session('s1', 30, at(1, 'laptop')), seen: {} });
    expect(await fs.readdir(path.join(dir, 'CoderPath', 'v1', 'laptop'))).toEqual([`batch-${at(1, 'laptop')}.json`]);
    const received = await exchange(store(), { computer: 'desktop', outgoing: session('d1', 10, at(2, 'desktop')), seen: {} });
    expect(materialize(received.incoming.sessions!.s1!)).toEqual({ id: 's1', minutes: 30 });
    const back = await exchange(store(), { computer: 'laptop', outgoing: null, seen: {} });
    expect(Object.keys(back.incoming.sessions!).sort()).toEqual(['d1', 's1']);
    expect((await exchange(store(), { computer: 'desktop', outgoing: null, seen: received.seen })).incoming).toEqual({});
  });

  it('never writes over an existing file', async () => {
    const change = session('s1', 30, at(1, 'laptop'));
    await exchange(store(), { computer: 'laptop', outgoing: change, seen: {} });
    const file = path.join(dir, 'CoderPath', 'v1', 'laptop', `batch-${at(1, 'laptop')}.json`);
    const before = await fs.readFile(file, 'utf8');
    await expect(store().writeNew('laptop', `batch-${at(1, 'laptop')}.json`, '{"other":true}')).rejects.toMatchObject({ code: 'conflict' });
    expect(await fs.readFile(file, 'utf8')).toBe(before);
  });

  it('compacts and removes only its own covered batches, by ETag', async () => {
    let full: SyncDoc = {};
    let seen = {};
    for (let i = 1; i <= 3; i++) {
      const change = session(`s${i}`, i, at(i, 'laptop'));
      full = mergeDocs(full, change);
      seen = (await exchange(store(), { computer: 'laptop', outgoing: change, seen })).seen;
    }
    const result = await compact(store(), { computer: 'laptop', full, seen });
    expect(result.removed).toHaveLength(3);
    expect(await fs.readdir(path.join(dir, 'CoderPath', 'v1', 'laptop'))).toEqual([`snapshot-${at(3, 'laptop')}.json`]);
    const joined = await exchange(store(), { computer: 'work', outgoing: null, seen: {} });
    expect(Object.keys(joined.incoming.sessions!).sort()).toEqual(['s1', 's2', 's3']);
  });

  it('writes a new file with If-None-Match: * and removes with If-Match: the ETag as listed', async () => {
    const sent: Array<{ method: string; url: string; headers: Headers }> = [];
    const recording: typeof globalThis.fetch = (input, init) => {
      sent.push({ method: init?.method ?? 'GET', url: String(input), headers: new Headers(init?.headers) });
      return globalThis.fetch(input, init);
    };
    const recorded = store({ fetch: recording });
    await recorded.writeNew('laptop', 'batch-1.json', '{}');
    const [entry] = (await recorded.list()).entries;
    expect(entry!.tag).toMatch(/^(W\/)?".+"$/);
    await recorded.remove(entry!);
    const put = sent.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('if-none-match')).toBe('*');
    expect(put.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(sent.find((request) => request.method === 'DELETE')!.headers.get('if-match')).toBe(entry!.tag);
    expect(sent.filter((request) => request.method === 'PROPFIND' || request.method === 'MKCOL').every((request) => request.url.endsWith('/'))).toBe(true);
    expect(await fs.readdir(path.join(dir, 'CoderPath', 'v1', 'laptop'))).toEqual([]);
  });

  it('says so plainly when the password is wrong, and writes nothing', async () => {
    await expect(exchange(store({ password: 'wrong' }), { computer: 'laptop', outgoing: session('s1', 1, at(1, 'laptop')), seen: {} })).rejects.toMatchObject({
      code: 'bad-credentials',
      message: expect.stringMatching(/did not accept the user name or password/),
    });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('turns a 5xx, a timeout and a server that is not running into clear messages, and loses nothing', async () => {
    const proxy = await startFaultProxy(server.url);
    try {
      const viaProxy = store({ url: `${proxy.url}t${testNumber}/`, timeoutMs: 500 });
      const change = session('s1', 30, at(1, 'laptop'));
      proxy.mode = 'error';
      await expect(exchange(viaProxy, { computer: 'laptop', outgoing: change, seen: {} })).rejects.toMatchObject({ code: 'server-error', message: expect.stringMatching(/503.*nothing is lost/) });
      proxy.mode = 'hang';
      await expect(exchange(viaProxy, { computer: 'laptop', outgoing: change, seen: {} })).rejects.toMatchObject({ code: 'timeout', message: expect.stringMatching(/did not answer in time/) });
      proxy.mode = 'pass';
      const ok = await exchange(store({ url: `${proxy.url}t${testNumber}/` }), { computer: 'laptop', outgoing: change, seen: {} });
      expect(ok.wrote).toBe(`laptop/batch-${at(1, 'laptop')}.json`);
    } finally {
      await proxy.stop();
    }
    await expect(exchange(store({ url: 'http://127.0.0.1:1/' }), { computer: 'laptop', outgoing: null, seen: {} })).rejects.toMatchObject({ code: 'offline' });
    const received = await exchange(store(), { computer: 'desktop', outgoing: null, seen: {} });
    expect(materialize(received.incoming.sessions!.s1!)).toEqual({ id: 's1', minutes: 30 });
  });
});

describe('WebDAV address and listing', () => {
  it('requires HTTPS except to this computer', () => {
    expect(() => checkWebdavAddress('https://cloud.example.org/dav/')).not.toThrow();
    expect(() => checkWebdavAddress('http://localhost:8080/')).not.toThrow();
    expect(() => checkWebdavAddress('http://127.0.0.1:8080/')).not.toThrow();
    expect(() => checkWebdavAddress('http://cloud.example.org/dav/')).toThrow(/must start with https:\/\//);
    expect(() => checkWebdavAddress('https://me:secret@cloud.example.org/')).toThrow(/own fields/);
    expect(() => checkWebdavAddress('cloud')).toThrow(/not a web address/);
  });

  it('reads names and ETags from any namespace prefix, with escaped hrefs, and sends the password as UTF-8', async () => {
    const folder = (href: string) =>
      `<D:response><D:href>${href}</D:href><D:propstat><D:prop><D:resourcetype><D:collection xmlns:D="DAV:"/></D:resourcetype></D:prop></D:propstat></D:response>`;
    const answers: Record<string, string> = {
      '/dav/': folder('/dav/') + folder('/dav/CoderPath/'),
      '/dav/CoderPath/': folder('/dav/CoderPath/') + folder('/dav/CoderPath/v1/'),
      '/dav/CoderPath/v1/': folder('/dav/CoderPath/v1/') + folder('/dav/CoderPath/v1/laptop/'),
      '/dav/CoderPath/v1/laptop/':
        folder('/dav/CoderPath/v1/laptop/') +
        '<D:response><D:href>/dav/CoderPath/v1/laptop/batch%20(conflicted%20copy).json</D:href><D:propstat><D:prop><D:resourcetype/><D:getetag>&quot;abc&quot;</D:getetag><D:getcontentlength>12</D:getcontentlength></D:prop></D:propstat></D:response>',
    };
    const seen: Array<{ method: string | undefined; authorization: string | null }> = [];
    // Answers from memory: nothing leaves this computer.
    const fake: typeof globalThis.fetch = async (input, init) => {
      seen.push({ method: init?.method, authorization: new Headers(init?.headers).get('authorization') });
      const xml = `<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">${answers[new URL(String(input)).pathname] ?? ''}</D:multistatus>`;
      return new Response(xml, { status: 207 });
    };
    const listing = await createWebdavStore({ url: 'https://cloud.example.org/dav', username: 'anna', password: 'pässwört', fetch: fake }).list();
    expect(listing.entries).toEqual([{ path: 'laptop/batch (conflicted copy).json', computer: 'laptop', name: 'batch (conflicted copy).json', tag: '"abc"' }]);
    expect(seen).toHaveLength(4);
    expect(seen.every((request) => request.method === 'PROPFIND' && request.authorization === `Basic ${Buffer.from('anna:pässwört', 'utf8').toString('base64')}`)).toBe(true);
  });
});

describe('WebDAV answers, from memory (nothing leaves this computer)', () => {
  const answering = (answer: (method: string) => Response) =>
    createWebdavStore({ url: 'https://cloud.example.org/dav/', username: 'u', password: 'p', fetch: async (_input, init) => answer(init?.method ?? 'GET') });
  const entry = { path: 'laptop/batch-1.json', computer: 'laptop', name: 'batch-1.json', tag: '"abc"' };

  it('meets a 412 as "another was first": a new file is a conflict, a changed file is kept', async () => {
    const store412 = answering((method) => new Response(null, { status: method === 'HEAD' ? 404 : method === 'MKCOL' ? 405 : 412 }));
    await expect(store412.writeNew('laptop', 'batch-1.json', '{}')).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already exists/) });
    await expect(store412.remove(entry)).resolves.toBeUndefined();
  });

  it('says each failing status in words', async () => {
    const cases: Array<[number, string, RegExp]> = [
      [401, 'bad-credentials', /did not accept/],
      [403, 'bad-credentials', /did not accept/],
      [404, 'target-missing', /no longer on the server/],
      [507, 'disk-full', /out of space/],
      [500, 'server-error', /\(500\) while reading a file/],
      [418, 'failed', /answered 418 while reading a file/],
    ];
    for (const [status, code, message] of cases) {
      await expect(answering(() => new Response('no', { status })).read(entry)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    }
    // A page where a listing should be (a login portal, a wrong address) is said, not read as empty.
    await expect(answering(() => new Response('<html></html>', { status: 200 })).list()).rejects.toMatchObject({ code: 'failed', message: /answered 200 while listing files/ });
  });
});

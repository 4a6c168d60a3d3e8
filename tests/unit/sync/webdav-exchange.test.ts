// The WebDAV transport against a real server (rclone serve webdav on 127.0.0.1).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWebdavStore, parseMultistatus } from '../../../src-main/sync/webdav-store';
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

  it('reads names and ETags from any namespace prefix, with escaped hrefs', () => {
    const xml = `<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">
      <D:response><D:href>/dav/CoderPath/v1/laptop/</D:href><D:propstat><D:prop><D:resourcetype><D:collection xmlns:D="DAV:"/></D:resourcetype></D:prop></D:propstat></D:response>
      <D:response><D:href>/dav/CoderPath/v1/laptop/batch%20(conflicted%20copy).json</D:href><D:propstat><D:prop><D:resourcetype/><D:getetag>&quot;abc&quot;</D:getetag><D:getcontentlength>12</D:getcontentlength></D:prop></D:propstat></D:response>
    </D:multistatus>`;
    expect(parseMultistatus(xml, '/dav/CoderPath/v1/laptop/')).toEqual([{ name: 'batch (conflicted copy).json', collection: false, etag: '"abc"', size: 12 }]);
  });
});

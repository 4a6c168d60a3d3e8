// A real WebDAV server for the tests: `rclone serve webdav` on 127.0.0.1, on a
// free port, over a temp folder, with a user and password. Started and stopped by the tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error — a plain .mjs script shared with CI, without types
import { findRclone } from '../../../scripts/find-rclone.mjs';

export interface WebdavServer {
  url: string;
  dir: string;
  user: string;
  pass: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`rclone exited early: ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`rclone did not start listening: ${log()}`);
}

export async function startWebdavServer(): Promise<WebdavServer> {
  const rclone = (findRclone as (options: { install: boolean }) => string | null)({ install: true });
  if (!rclone) throw new Error('rclone is needed for the WebDAV tests: run `node scripts/find-rclone.mjs` (as root it installs Debian\'s package).');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'coderpath-webdav-'));
  const port = await freePort();
  const user = 'student';
  const pass = 'correct horse';
  let output = '';
  const child = spawn(rclone, ['serve', 'webdav', '--addr', `127.0.0.1:${port}`, '--user', user, '--pass', pass, '--config', '/dev/null', '--dir-cache-time', '0s', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  await waitForPort(port, child, () => output);
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    user,
    pass,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

// Finds rclone for the WebDAV sync tests (they start `rclone serve webdav` on
// 127.0.0.1): $RCLONE_PATH, rclone on PATH, or (as root) Debian's package.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

function onPath() {
  const found = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['rclone'], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.split(/\r?\n/)[0]?.trim() : '';
  return path && existsSync(path) ? path : null;
}

function installDebianRclone() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || spawnSync('which', ['apt-get']).status !== 0) return null;
  console.log("No rclone found: installing Debian's rclone package…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'rclone'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return onPath();
}

export function findRclone({ install = true } = {}) {
  if (process.env.RCLONE_PATH && existsSync(process.env.RCLONE_PATH)) return process.env.RCLONE_PATH;
  return onPath() ?? (install ? installDebianRclone() : null);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findRclone();
  if (!path) {
    console.error('rclone not found. Install it (e.g. `apt-get install rclone`) or set RCLONE_PATH: the WebDAV sync tests need it.');
    process.exit(1);
  }
  console.log(path);
}

// A WebDAV address must be HTTPS, except to this computer itself (a local
// server, or tests): the password and the study data must not cross a network in the clear.
import { SyncTargetError } from './problems';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The parts of a WHATWG URL read here: src-shared has neither DOM nor Node types, and both runtimes have URL. */
interface WebAddress {
  protocol: string;
  hostname: string;
  username: string;
  password: string;
}
declare const URL: new (address: string) => WebAddress;

/** Throws a SyncTargetError in plain words for an address sync must not use (both processes check the same way). */
export function checkWebdavAddress(address: string): void {
  let url: WebAddress;
  try {
    url = new URL(address);
  } catch {
    throw new SyncTargetError('insecure-address', `"${address}" is not a web address. It looks like https://cloud.example.org/remote.php/dav/files/you/`);
  }
  if (url.username || url.password) throw new SyncTargetError('insecure-address', 'Put the user name and password in their own fields, not in the address.');
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return;
  throw new SyncTargetError('insecure-address', 'The WebDAV address must start with https:// so your password and study data are encrypted on the way (plain http:// is allowed only to this computer).');
}

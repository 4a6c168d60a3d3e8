// A WebDAV address must be HTTPS, except to this computer itself (a local
// server, or tests): the password and the study data must not cross a network in the clear.
import { SyncTargetError } from '../../src-shared/sync/problems';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkWebdavAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new SyncTargetError('insecure-address', `"${address}" is not a web address. It looks like https://cloud.example.org/remote.php/dav/files/you/`);
  }
  if (url.username || url.password) throw new SyncTargetError('insecure-address', 'Put the user name and password in their own fields, not in the address.');
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return url;
  throw new SyncTargetError('insecure-address', 'The WebDAV address must start with https:// so your password and study data are encrypted on the way (plain http:// is allowed only to this computer).');
}

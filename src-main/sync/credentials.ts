// The WebDAV password, sealed with the OS keychain (Electron's safeStorage)
// before it touches disk, and opened only in main when a request needs it.
// Never logged, never sent to the renderer, never stored in the clear.
import { SyncTargetError } from '../../src-shared/sync/problems';
import type { Secrets } from '../../src-shared/sync/service';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export type { Secrets };

export function createSecrets(safeStorage: SafeStorageLike): Secrets {
  return {
    seal(plain) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new SyncTargetError('no-permission', 'This computer offers no secure place for the WebDAV password (no keychain is available), so CoderPath will not save it.');
      }
      return safeStorage.encryptString(plain).toString('base64');
    },
    open(sealed) {
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        throw new SyncTargetError('bad-credentials', 'The saved WebDAV password could not be read on this computer. Enter it again in Data → Sync.');
      }
    },
  };
}

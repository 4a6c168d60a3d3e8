// Runs sync rounds behind the screens while the app is open: renders nothing.
import { useEffect } from 'react';
import { useSyncRunner } from './useSyncRunner';

export function SyncBackground() {
  const runner = useSyncRunner();
  useEffect(() => runner?.start(), [runner]);
  return null;
}

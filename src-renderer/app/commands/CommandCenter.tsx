// Where keyboard shortcuts and the desktop menu's commands land: opens the
// command palette and the shortcuts dialog (their code loads on first open, so
// start-up does not carry it) and carries out the menu's other commands.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { MenuCommand } from '../../host/host';
import { useHost } from '../../host/HostContext';
import { navigate } from '../../nav/router';
import { useNotices } from '../../ui/Notices';
import { exportEverything, requestLogSession, toggleTheme } from './app-actions';
import { keyRequest } from './keys';

const CommandPalette = lazy(() => import('./CommandPalette'));
const ShortcutsDialog = lazy(() => import('./ShortcutsDialog'));

type Open = 'palette' | 'shortcuts' | null;

/** Another screen's dialog is open: a second modal on top would share its Escape key. */
function otherDialogOpen(): boolean {
  return [...document.querySelectorAll('[aria-modal="true"]')].some((dialog) => !dialog.closest('[data-command-center]'));
}

export function CommandCenter() {
  const host = useHost();
  const { notify } = useNotices();
  const [open, setOpen] = useState<Open>(null);

  const show = useCallback((which: Exclude<Open, null>) => {
    setOpen((now) => (now === null && otherDialogOpen() ? null : which));
  }, []);
  const close = useCallback(() => setOpen(null), []);
  const showShortcuts = useCallback(() => setOpen('shortcuts'), []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // Escape before the dialog's code has come in (its own Escape is not there yet) still closes it.
      if (event.key === 'Escape' && !document.querySelector('[data-command-center] [aria-modal="true"]')) {
        setOpen(null);
        return;
      }
      const request = keyRequest(event);
      if (!request) return;
      event.preventDefault();
      show(request);
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [show]);

  useEffect(
    () =>
      host.onMenuCommand((command: MenuCommand) => {
        switch (command) {
          case 'command-palette':
            return show('palette');
          case 'keyboard-shortcuts':
            return show('shortcuts');
          case 'new-plan':
            return navigate('new');
          case 'about':
            return navigate('about');
          case 'log-session':
            return requestLogSession();
          case 'toggle-theme':
            return void toggleTheme();
          case 'export-backup':
            return void exportEverything(host, notify);
        }
      }),
    [host, notify, show],
  );

  if (open === null) return null;
  return (
    <Suspense fallback={null}>
      <div data-command-center="">
        {open === 'palette' ? <CommandPalette onClose={close} onShowShortcuts={showShortcuts} /> : <ShortcutsDialog onClose={close} desktop={host.kind === 'electron'} />}
      </div>
    </Suspense>
  );
}

// The keyboard shortcuts (`?`, the palette, the Help menu).
import { Dialog } from '../../ui/Dialog';
import { isMac, shortcutList } from './shortcut-list';
import './commands.css';

export default function ShortcutsDialog({ onClose, desktop }: { onClose: () => void; desktop: boolean }) {
  const shortcuts = shortcutList(isMac()).filter((s) => desktop || !s.desktopOnly);
  return (
    <Dialog
      title="Keyboard shortcuts"
      onClose={onClose}
      actions={
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      }
    >
      <table className="table shortcut-table">
        <caption className="visually-hidden">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.does}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {desktop ? null : <p className="muted small">The desktop app adds New plan, Log a session, Export and zoom shortcuts in its menu bar.</p>}
    </Dialog>
  );
}

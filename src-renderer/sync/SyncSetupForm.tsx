// Turning sync on: a folder (any the student's sync service mirrors) or a
// WebDAV address with its user name and password, and this computer's name.
// Bad input is said beside its field and changes nothing; main's refusal (an
// address it will not use, a folder it cannot reach) is shown in its words.
import { useState, type FormEvent } from 'react';
import { computerNameSchema, type SyncTargetInput } from '../../src-shared/sync/sync-contract';
import { checkWebdavAddress } from '../../src-shared/sync/webdav-address';
import { errorText } from '../../src-shared/error-text';
import type { SyncHost } from '../host/sync-host';
import { Field } from '../ui/Field';
import { SegmentedRadios } from '../ui/SegmentedRadios';

type Kind = SyncTargetInput['kind'];
type Errors = Partial<Record<'folder' | 'url' | 'computerName', string>>;

const KIND_LABELS: Record<Kind, string> = { folder: 'A synced folder', webdav: 'A WebDAV server' };

/** The field errors of a set-up, or the target to send; nothing leaves the form while any field is wrong. */
export function checkSetup(kind: Kind, fields: { folder: string | null; url: string; username: string; password: string; computerName: string }): { errors: Errors } | { target: SyncTargetInput; computerName: string } {
  const errors: Errors = {};
  const name = computerNameSchema.safeParse(fields.computerName);
  if (!name.success) errors.computerName = fields.computerName.trim() ? 'Keep the name to 60 characters or fewer.' : 'Give this computer a name, such as “Library laptop”.';
  if (kind === 'folder' && !fields.folder) errors.folder = 'Choose the folder to sync through.';
  if (kind === 'webdav') {
    if (!fields.url.trim()) errors.url = 'Enter the WebDAV address your server gives you.';
    else {
      try {
        checkWebdavAddress(fields.url.trim());
      } catch (error) {
        errors.url = errorText(error);
      }
    }
  }
  if (Object.keys(errors).length || !name.success) return { errors };
  const target: SyncTargetInput = kind === 'folder' ? { kind, folder: fields.folder! } : { kind, url: fields.url.trim(), username: fields.username, password: fields.password };
  return { target, computerName: name.data };
}

interface Props {
  sync: SyncHost;
  defaultName: string;
  busy: boolean;
  problem: string | null;
  onSubmit: (target: SyncTargetInput, computerName: string) => void;
}

export function SyncSetupForm({ sync, defaultName, busy, problem, onSubmit }: Props) {
  const [kind, setKind] = useState<Kind>(sync.targetKinds[0] ?? 'folder');
  const [folder, setFolder] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [computerName, setComputerName] = useState(defaultName);
  const [errors, setErrors] = useState<Errors>({});
  const [chooseProblem, setChooseProblem] = useState<string | null>(null);

  async function choose() {
    setChooseProblem(null);
    try {
      const chosen = await sync.chooseFolder();
      if (chosen) {
        setFolder(chosen);
        setErrors((current) => ({ ...current, folder: undefined }));
      }
    } catch (error) {
      setChooseProblem(errorText(error));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = checkSetup(kind, { folder, url, username, password, computerName });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    onSubmit(checked.target, checked.computerName);
  }

  return (
    <form className="stack sync-setup" onSubmit={submit} noValidate aria-label="Turn sync on">
      {sync.targetKinds.length > 1 ? (
        <SegmentedRadios legend="Sync through" options={sync.targetKinds.map((value) => ({ value, label: KIND_LABELS[value] }))} value={kind} onChange={setKind} />
      ) : null}
      {kind === 'folder' ? (
        <div className="field">
          <span className="field-label" id="sync-folder-label">
            Folder
          </span>
          <div className="row">
            <button type="button" className="button" onClick={() => void choose()} aria-describedby={['sync-folder-label', 'sync-folder-chosen', errors.folder || chooseProblem ? 'sync-folder-error' : ''].filter(Boolean).join(' ')}>
              {folder ? 'Choose another folder…' : 'Choose a folder…'}
            </button>
            <span id="sync-folder-chosen" className={folder ? 'sync-path' : 'muted small'}>
              {folder ?? 'No folder chosen'}
            </span>
          </div>
          <span className="field-hint">A folder that Dropbox, OneDrive, iCloud Drive, Google Drive, Nextcloud or Syncthing keeps in step on each computer.</span>
          {errors.folder || chooseProblem ? (
            <span className="field-error" id="sync-folder-error">
              {errors.folder ?? `The folder could not be chosen: ${chooseProblem}`}
            </span>
          ) : null}
        </div>
      ) : (
        <>
          <Field label="WebDAV address" hint="For example https://cloud.example.org/remote.php/dav/files/you/ — https:// is required (http:// only to this computer)." error={errors.url}>
            <input className="input" type="url" inputMode="url" autoComplete="url" spellCheck={false} value={url} onChange={(e) => setUrl(e.target.value)} />
          </Field>
          <div className="grid-2">
            <Field label="User name">
              <input className="input" autoComplete="username" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} />
            </Field>
            <Field label="Password" hint="Kept in this computer's keychain, never in CoderPath's data.">
              <input className="input" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            </Field>
          </div>
        </>
      )}
      <Field label="Name of this computer" hint="Shown to you on your other computers." error={errors.computerName}>
        <input className="input" maxLength={80} value={computerName} onChange={(e) => setComputerName(e.target.value)} />
      </Field>
      {problem ? (
        <p className="callout callout-danger small" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? 'Turning sync on…' : 'Turn sync on'}
        </button>
      </div>
    </form>
  );
}

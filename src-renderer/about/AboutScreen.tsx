import { useEffect, useState } from 'react';
import { useHost } from '../host/HostContext';
import type { AppInfo } from '../host/host';
import { PageHeader } from '../ui/PageHeader';
import { errorText } from '../../src-shared/error-text';

export default function AboutScreen() {
  const host = useHost();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    host.appInfo().then(setInfo, (e: unknown) => setError(errorText(e)));
  }, [host]);

  return (
    <div className="page">
      <PageHeader title="About CoderPath" description="An offline study planner for medical billing and coding credentials." />
      <section className="card" aria-labelledby="app-info-title">
        <h2 id="app-info-title" className="card-title">
          This copy of CoderPath
        </h2>
        {error ? (
          <p className="field-error" role="alert">
            Could not read the app information: {error}
          </p>
        ) : !info ? (
          <p className="muted">Loading…</p>
        ) : (
          <dl className="info-list">
            <dt>Name</dt>
            <dd>{info.name}</dd>
            <dt>Version</dt>
            <dd className="tabular">{info.version}</dd>
            <dt>Platform</dt>
            <dd>{info.platform}</dd>
            {info.electron ? (
              <>
                <dt>Electron</dt>
                <dd className="tabular">{info.electron}</dd>
              </>
            ) : null}
            <dt>Data folder</dt>
            <dd>
              <code>{info.dataFolder}</code>
            </dd>
          </dl>
        )}
      </section>
      <div className="grid-2">
        <section className="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title" className="card-title">
            Private by design
          </h2>
          <p>
            Your plans, study sessions and backups stay on this computer. CoderPath makes no network request except to
            the sync folder or server you choose in Data → Sync: it works offline and sends nothing anywhere else.
          </p>
        </section>
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title" className="card-title">
            About exam facts
          </h2>
          <p>
            Exam formats, fees and eligibility come from the issuing bodies (AAPC, AHIMA, PMI) and show their source and
            the date they were last checked. They change: always confirm with the issuing body before you register.
          </p>
        </section>
      </div>
    </div>
  );
}

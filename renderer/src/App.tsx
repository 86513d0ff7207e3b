// The app shell: name and version, and the example SOP fetched through the API.

import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api';
import { call } from './api';

type Loaded = { info: AppInfo; sampleName: string };

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([call('app:info'), call('document:sample')])
      .then(([info, sample]) => setLoaded({ info, sampleName: sample.identity.name }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (error) return <p role="alert">{error}</p>;
  if (!loaded) return <p>Memuat…</p>;
  return (
    <main>
      <h1 data-testid="app-title">
        {loaded.info.name} <small data-testid="app-version">versi {loaded.info.version}</small>
      </h1>
      <p>
        Contoh SOP: <strong data-testid="sample-name">{loaded.sampleName}</strong>
      </p>
    </main>
  );
}

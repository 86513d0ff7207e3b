// The app: asks the Node side who it is (which also proves the API answers), then shows the shell.
// Without an answer the page says why, in Bahasa Indonesia.

import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api';
import { call } from './platform/api';
import { Shell } from './features/shell/Shell';
import { useLanguage } from './i18n';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const language = useLanguage((s) => s.language);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    call('app:info')
      .then(setInfo)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (error) {
    return (
      <p className="app-fatal" role="alert">
        {error}
      </p>
    );
  }
  if (!info) return <p className="app-loading">Memuat…</p>;
  return <Shell info={info} />;
}

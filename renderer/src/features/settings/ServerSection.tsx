// Server organisasi: the address of the organisation server and the login's password (stored in
// the OS keychain, never shown again), Uji koneksi (stores both, connects and says which unit the
// server knows this login as, and whether it is the bureau's) and Hapus (forgets them).

import { useEffect, useId, useState } from 'react';
import type { ServerSettings } from '../../../../shared/api';
import { setServerSettings, useServerSettings } from '../../app/server';
import { fill, useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { errorText } from '../../ui/error-text';
import { serverStrings } from './server-strings';

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

export function ServerSection() {
  const t = useStrings(serverStrings);
  const stored = useServerSettings();
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const urlId = useId();
  const passwordId = useId();

  useEffect(() => setUrl(stored?.url ?? ''), [stored?.url]);

  const connected = (settings: ServerSettings) =>
    fill(settings.bureau ? t.connectedBureau : t.connectedUnit, { unit: settings.unit });

  const test = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const settings = await call('server:connect', url.trim(), password || undefined);
      setServerSettings(settings);
      setPassword('');
      setOutcome({ kind: 'ok', text: connected(settings) });
    } catch (error) {
      setOutcome({ kind: 'error', text: errorText(error) });
      // The address is stored even when the server cannot be reached now.
      void call('server:settings').then(setServerSettings, () => undefined);
    } finally {
      setBusy(false);
    }
  };

  const forget = async () => {
    setServerSettings(await call('server:forget'));
    setPassword('');
    setOutcome({ kind: 'ok', text: t.forgotten });
  };

  const passwordNote = !stored
    ? ''
    : stored.passwordKeeping === 'memory'
      ? t.passwordMemory
      : stored.passwordStored
        ? t.passwordKeychain
        : t.passwordNone;

  return (
    <section className="app-card" data-testid="settings-server">
      <h3>{t.title}</h3>
      <p className="app-muted">{t.hint}</p>
      {/* Enter tests the connection here; it must not submit the whole settings form. */}
      <div
        className="app-server-fields"
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (url.trim() !== '' && !busy) void test();
        }}
      >
        <div className="app-field">
          <label htmlFor={urlId}>{t.url}</label>
          <input
            id={urlId}
            type="text"
            spellCheck={false}
            autoComplete="off"
            value={url}
            placeholder={t.urlExample}
            data-testid="server-url"
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <div className="app-field">
          <label htmlFor={passwordId}>{t.password}</label>
          <input
            id={passwordId}
            type="password"
            autoComplete="new-password"
            value={password}
            placeholder={stored?.passwordStored ? t.passwordKept : ''}
            data-testid="server-password"
            onChange={(e) => setPassword(e.target.value)}
          />
          <span className="app-field-hint" data-testid="server-password-note">
            {passwordNote}
          </span>
        </div>
      </div>
      {stored?.unit && !outcome && (
        <p className="app-muted" data-testid="server-known">
          {connected(stored)}
        </p>
      )}
      {outcome && (
        <p
          className={outcome.kind === 'ok' ? 'app-server-ok' : 'app-server-error'}
          role={outcome.kind === 'ok' ? 'status' : 'alert'}
          data-testid="server-outcome"
        >
          {outcome.text}
        </p>
      )}
      <div className="app-server-buttons">
        <button
          type="button"
          disabled={busy || url.trim() === ''}
          data-testid="server-test"
          onClick={() => void test()}
        >
          {busy ? t.testing : t.test}
        </button>
        <button
          type="button"
          disabled={busy || !stored?.url}
          data-testid="server-forget"
          onClick={() => void forget()}
        >
          {t.forget}
        </button>
      </div>
    </section>
  );
}

// The library's strip of the organisation server, shown when one is set: who the library sends
// as, what waits to be sent, and the server commands of the command table (Kirim ke Biro of the
// listed SOPs, Tarik pembaruan, Register organisasi).

import type { ServerCommandId } from '../../../../shared/commands';
import { useServerSettings } from '../../app/server';
import { serverHandlers, useServerSync } from '../../app/server-sync';
import { useCommandText } from '../../commands/text';
import { fill, useStrings } from '../../i18n';
import { libraryServerStrings } from './server-strings';
import type { ServerStatuses } from './use-server-statuses';

const BUTTONS: { id: ServerCommandId; testId: string; primary?: boolean }[] = [
  { id: 'publishToServer', testId: 'publish-to-server', primary: true },
  { id: 'pullFromServer', testId: 'pull-from-server' },
  { id: 'openRegister', testId: 'open-register' },
];

export function ServerBar({ statuses }: { statuses: ServerStatuses }) {
  const t = useStrings(libraryServerStrings);
  const text = useCommandText();
  const server = useServerSettings();
  const busy = useServerSync((s) => s.busy);
  const all = Object.values(statuses);
  const waiting = all.filter((status) => status.state === 'queued').length;
  const unsent = all.reduce((sum, status) => sum + status.unsent, 0);
  const facts = [
    server?.unit ? fill(t.asUnit, { unit: server.unit }) : '',
    waiting > 0 ? fill(t.waiting, { count: waiting }) : '',
    unsent > 0 ? fill(t.unsentTotal, { count: unsent }) : '',
  ].filter(Boolean);
  return (
    <div className="app-library-server" data-testid="library-server">
      <span className="app-library-server-facts">
        <strong>{t.strip}</strong>
        {facts.map((fact) => (
          <span key={fact}> · {fact}</span>
        ))}
      </span>
      <span className="app-library-server-buttons">
        {BUTTONS.map(({ id, testId, primary }) => {
          const { button, title } = text(id);
          return (
            <button
              key={id}
              type="button"
              className={primary ? 'app-primary' : undefined}
              title={title}
              data-testid={testId}
              disabled={busy && id !== 'openRegister'}
              onClick={() => void serverHandlers[id]()}
            >
              {button}
            </button>
          );
        })}
      </span>
    </div>
  );
}

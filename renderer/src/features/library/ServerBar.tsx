// The library's strip of the organisation server, shown when one is set: who the library works
// as, what waits to be sent, and the server commands of the command table: Kirim semua (n)… of the
// listed SOPs with something to send, Tarik pembaruan, Register organisasi. A bureau login sends
// nothing: it is named as the bureau and offered the register.

import type { ServerCommandId } from '../../../../shared/commands';
import { useServerSettings } from '../../app/server';
import { serverHandlers, useServerSync } from '../../app/server-sync';
import { useCommandText } from '../../commands/text';
import { fill, useStrings } from '../../i18n';
import { libraryServerStrings } from './server-strings';
import type { ServerStatuses } from './use-server-statuses';

type StripButton = { id: ServerCommandId; testId: string; primary?: boolean };

const UNIT_BUTTONS: StripButton[] = [
  { id: 'publishToServer', testId: 'publish-to-server', primary: true },
  { id: 'pullFromServer', testId: 'pull-from-server' },
  { id: 'openRegister', testId: 'open-register' },
];

const BUREAU_BUTTONS: StripButton[] = [
  { id: 'openRegister', testId: 'open-register', primary: true },
];

type ServerBarProps = {
  statuses: ServerStatuses;
  /** How many listed SOPs have something to send (what Kirim semua sends). */
  sendable: number;
};

export function ServerBar({ statuses, sendable }: ServerBarProps) {
  const t = useStrings(libraryServerStrings);
  const text = useCommandText();
  const server = useServerSettings();
  const busy = useServerSync((s) => s.busy);
  const bureau = server?.bureau === true;
  const facts = bureau ? bureauFacts(server.unit, t) : unitFacts(server?.unit ?? '', statuses, t);
  const label = (id: ServerCommandId) => {
    const { button, title } = text(id);
    if (id !== 'publishToServer') return { button, title, disabled: busy && id !== 'openRegister' };
    return {
      button: fill(t.sendAll, { count: sendable }),
      title: sendable > 0 ? fill(t.sendAllHint, { count: sendable }) : t.sendNothing,
      disabled: busy || sendable === 0,
    };
  };
  return (
    <div
      className="app-library-server"
      data-testid="library-server"
      data-login={bureau ? 'bureau' : 'unit'}
    >
      <span className="app-library-server-facts">
        <strong>{t.strip}</strong>
        {facts.map((fact) => (
          <span key={fact}> · {fact}</span>
        ))}
      </span>
      <span className="app-library-server-buttons">
        {(bureau ? BUREAU_BUTTONS : UNIT_BUTTONS).map(({ id, testId, primary }) => {
          const { button, title, disabled } = label(id);
          return (
            <button
              key={id}
              type="button"
              className={primary ? 'app-primary' : undefined}
              title={title}
              data-testid={testId}
              disabled={disabled}
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

type StripStrings = Record<keyof (typeof libraryServerStrings)['id'], string>;

function unitFacts(unit: string, statuses: ServerStatuses, t: StripStrings): string[] {
  const all = Object.values(statuses);
  const waiting = all.filter((status) => status.state === 'queued').length;
  const unsent = all.reduce((sum, status) => sum + status.unsent, 0);
  return [
    unit ? fill(t.asUnit, { unit }) : '',
    waiting > 0 ? fill(t.waiting, { count: waiting }) : '',
    unsent > 0 ? fill(t.unsentTotal, { count: unsent }) : '',
  ].filter(Boolean);
}

function bureauFacts(unit: string, t: StripStrings): string[] {
  return [fill(t.asBureau, { unit }), t.bureauWork];
}

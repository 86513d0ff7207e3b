// Kirim ke Biro and Tarik pembaruan as the app runs them: with progress, then the result dialog
// (hosted by the frame), and a new `version` so every view of the server statuses reads them
// again. From the library, Kirim ke Biro first asks to confirm the listed SOPs with something to
// send; a bureau login sends nothing. Also the handlers of the server commands of the command
// table.

import { create } from 'zustand';
import type { ServerCommandId } from '../../../shared/commands';
import type { PublishOutcome, PullOutcome } from '../../../shared/model/server';
import type { Handlers } from '../commands/handlers';
import { stringsNow } from '../i18n';
import { call } from '../platform/api';
import { editorStore } from '../state/store';
import { notify, notifyError } from '../ui/notices';
import { withProgress } from '../ui/progress';
import { useServer } from './server';
import { saveDraftNow } from './session';
import { serverSyncStrings } from './server-sync-strings';
import { useShell } from './ui-store';

export type ServerResult =
  | { kind: 'publish'; outcomes: PublishOutcome[] }
  /** `notes`: the bureau's note of each SOP whose status changed, by id ('' without one). */
  | { kind: 'pull'; outcome: PullOutcome; notes: Record<string, string> };

type ServerSyncState = {
  result: ServerResult | null;
  /** Grows after every send and pull: the statuses shown are read again. */
  version: number;
  busy: boolean;
  /** The SOPs the library lists now with something to send (Kirim semua); null elsewhere. */
  sendable: string[] | null;
  /** The SOPs Kirim semua asks to confirm sending; null when it does not ask. */
  confirming: string[] | null;
};

export const useServerSync = create<ServerSyncState>(() => ({
  result: null,
  version: 0,
  busy: false,
  sendable: null,
  confirming: null,
}));

const strings = () => stringsNow(serverSyncStrings);

/** Whether a server is set; without one, says where to set it (the server commands need it). */
export function requireServer(): boolean {
  if (useServer.getState().settings?.url) return true;
  notify('error', strings().noServer);
  return false;
}

/** Whether the server knows this login as the bureau's, which reviews and never sends. */
export function isBureauLogin(): boolean {
  return useServer.getState().settings?.bureau === true;
}

export function setSendableSops(ids: string[] | null): void {
  useServerSync.setState({ sendable: ids });
}

/** Kirim semua of the library: asks to confirm the listed SOPs with something to send. */
export function askToSendListed(): Promise<void> {
  const ids = useServerSync.getState().sendable ?? [];
  if (ids.length === 0) notify('info', strings().nothingWaiting);
  else useServerSync.setState({ confirming: ids });
  return Promise.resolve();
}

/** The confirmation's answer: Kirim sends what it named, Batal nothing. */
export function answerSendListed(send: boolean): Promise<void> {
  const ids = useServerSync.getState().confirming;
  useServerSync.setState({ confirming: null });
  return send && ids ? publishSops(ids) : Promise.resolve();
}

/** Kirim ke Biro of these SOPs (`all`: the whole library); the result dialog tells what went. */
export function publishSops(ids: string[] | 'all'): Promise<void> {
  if (isBureauLogin()) {
    notify('info', strings().bureauSendsNothing);
    return Promise.resolve();
  }
  if (ids !== 'all' && ids.length === 0) {
    notify('info', strings().nothingListed);
    return Promise.resolve();
  }
  return run(strings().publishing, async (jobId) => ({
    kind: 'publish',
    outcomes: await call('server:publish', ids, jobId),
  }));
}

/** Tarik pembaruan: the open SOP's draft is saved first, so the pull compares with it. */
export function pullUpdates(): Promise<void> {
  return run(strings().pulling, async (jobId) => {
    await saveDraftNow();
    const outcome = await call('server:pull', jobId);
    return { kind: 'pull', outcome, notes: await bureauNotes(outcome) };
  });
}

/** The bureau's notes of the SOPs a pull changed, as the library now keeps them. */
async function bureauNotes(outcome: PullOutcome): Promise<Record<string, string>> {
  if (outcome.updated.length === 0) return {};
  const statuses = await call('server:statuses');
  return Object.fromEntries(outcome.updated.map(({ id }) => [id, statuses[id]?.note ?? '']));
}

async function run(label: string, work: (jobId: string) => Promise<ServerResult>): Promise<void> {
  if (useServerSync.getState().busy) return;
  useServerSync.setState({ busy: true });
  try {
    const result = await withProgress(label, work);
    useServerSync.setState((s) => ({ result, version: s.version + 1 }));
    useShell.getState().openDialog('serverResult');
  } catch (error) {
    useServerSync.setState((s) => ({ version: s.version + 1 }));
    notifyError(error);
  } finally {
    useServerSync.setState({ busy: false });
  }
}

/**
 * Kirim ke Biro where it runs: the open SOP in the editor; in the library, the listed SOPs with
 * something to send, once confirmed; elsewhere the whole library.
 */
function publishHere(): Promise<void> {
  const { screen } = useShell.getState();
  const open = editorStore.getState().libraryId;
  if (screen === 'editor' && open !== null) return publishSops([open]);
  if (screen === 'library' && !isBureauLogin()) return askToSendListed();
  return publishSops('all');
}

export const serverHandlers: Handlers<ServerCommandId> = {
  publishToServer: publishHere,
  pullFromServer: pullUpdates,
  openRegister: () => useShell.getState().setScreen('register'),
};

// Kirim ke Biro and Tarik pembaruan as the app runs them: with progress, then the result dialog
// (hosted by the frame), and a new `version` so every view of the server statuses reads them
// again. Also the handlers of the server commands of the command table.

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
  { kind: 'publish'; outcomes: PublishOutcome[] } | { kind: 'pull'; outcome: PullOutcome };

type ServerSyncState = {
  result: ServerResult | null;
  /** Grows after every send and pull: the statuses shown are read again. */
  version: number;
  busy: boolean;
  /** The SOPs the library lists now (what Kirim ke Biro sends from there); null elsewhere. */
  listed: string[] | null;
};

export const useServerSync = create<ServerSyncState>(() => ({
  result: null,
  version: 0,
  busy: false,
  listed: null,
}));

const strings = () => stringsNow(serverSyncStrings);

/** Whether a server is set; without one, says where to set it (the server commands need it). */
export function requireServer(): boolean {
  if (useServer.getState().settings?.url) return true;
  notify('error', strings().noServer);
  return false;
}

export function setListedSops(ids: string[] | null): void {
  useServerSync.setState({ listed: ids });
}

/** Kirim ke Biro of these SOPs (`all`: the whole library); the result dialog tells what went. */
export function publishSops(ids: string[] | 'all'): Promise<void> {
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
    return { kind: 'pull', outcome: await call('server:pull', jobId) };
  });
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

/** What Kirim ke Biro sends from where it runs: the open SOP, the listed ones, or all. */
function publishTarget(): string[] | 'all' {
  const { screen } = useShell.getState();
  const open = editorStore.getState().libraryId;
  if (screen === 'editor' && open !== null) return [open];
  if (screen === 'library') return useServerSync.getState().listed ?? 'all';
  return 'all';
}

export const serverHandlers: Handlers<ServerCommandId> = {
  publishToServer: () => publishSops(publishTarget()),
  pullFromServer: pullUpdates,
  openRegister: () => useShell.getState().setScreen('register'),
};

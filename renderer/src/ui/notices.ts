// Short messages after an action (exported, saved, failed), and the one way actions report their
// outcome: information fades by itself, errors stay until dismissed, so none is missed.

import { create } from 'zustand';
import { ApiError } from '../platform/api';
import { errorText } from './error-text';

export type Notice = { id: number; kind: 'info' | 'error'; text: string };

type NoticesState = {
  notices: Notice[];
  notify: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
};

/** How long an information notice stays. */
const INFO_MS = 4000;

let noticeId = 0;

export const useNotices = create<NoticesState>((set, get) => ({
  notices: [],
  notify: (kind, text) => {
    noticeId += 1;
    const id = noticeId;
    set({ notices: [...get().notices.slice(-3), { id, kind, text }] });
    if (kind === 'info') setTimeout(() => get().dismiss(id), INFO_MS);
  },
  dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
}));

export function notify(kind: Notice['kind'], text: string): void {
  useNotices.getState().notify(kind, text);
}

export function notifyError(error: unknown): void {
  notify('error', errorText(error));
}

/**
 * Runs an action that says what it did: its message (if any) becomes an information notice, a
 * failure an error notice. True when it succeeded.
 */
export async function reporting(work: () => Promise<string | null>): Promise<boolean> {
  try {
    const message = await work();
    if (message) notify('info', message);
    return true;
  } catch (error) {
    // A job the user cancelled is no failure: say so quietly.
    if (error instanceof ApiError && error.code === 'cancelled') notify('info', error.message);
    else notifyError(error);
    return false;
  }
}

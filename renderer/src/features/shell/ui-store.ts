// What the shell shows (not part of the document): the screen, the editor tab, the side panels,
// the open dialog, the identity field a check asked to focus, and short notices to the user.

import { create } from 'zustand';
import type { IdentityField } from '../../../../shared/rules';

export type Screen = 'library' | 'editor';
export type EditorTab = 'grid' | 'identity' | 'preview';
export type ShellDialog = 'saveRevision' | 'approve' | 'help' | 'about' | 'settings' | 'history';

export type Notice = { id: number; kind: 'info' | 'error'; text: string };

type ShellState = {
  screen: Screen;
  tab: EditorTab;
  checksOpen: boolean;
  /** The preview beside the grid or identity form, updating as the user types. */
  previewBeside: boolean;
  dialog: ShellDialog | null;
  /** An identity field to focus once the form shows (`count` makes repeated requests distinct). */
  focus: { field: IdentityField | 'logo'; count: number } | null;
  notices: Notice[];
  /** True while the print pages are on the page for window.print(). */
  printing: boolean;
  setPrinting: (printing: boolean) => void;
  setScreen: (screen: Screen) => void;
  setTab: (tab: EditorTab) => void;
  toggleChecks: () => void;
  togglePreviewBeside: () => void;
  openDialog: (dialog: ShellDialog) => void;
  closeDialog: () => void;
  focusIdentity: (field: IdentityField | 'logo') => void;
  notify: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
};

let noticeId = 0;

export const useShell = create<ShellState>((set, get) => ({
  screen: 'library',
  tab: 'grid',
  checksOpen: true,
  previewBeside: false,
  dialog: null,
  focus: null,
  notices: [],
  printing: false,
  setPrinting: (printing) => set({ printing }),
  setScreen: (screen) => set({ screen }),
  setTab: (tab) => set({ tab }),
  toggleChecks: () => set({ checksOpen: !get().checksOpen }),
  togglePreviewBeside: () => set({ previewBeside: !get().previewBeside }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  focusIdentity: (field) =>
    set({ tab: 'identity', focus: { field, count: (get().focus?.count ?? 0) + 1 } }),
  notify: (kind, text) => {
    noticeId += 1;
    const id = noticeId;
    set({ notices: [...get().notices.slice(-3), { id, kind, text }] });
    // Information fades by itself; errors stay until dismissed, so none is missed.
    if (kind === 'info') setTimeout(() => get().dismiss(id), 4000);
  },
  dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
}));

/** The message of a failed call, for a notice. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

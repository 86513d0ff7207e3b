// What the app shows (not part of the document): the screen, the editor tab, the side panels,
// the open dialog, the identity field a check asked to focus, and the print pages while printing.
// The side panels stay as the user left them, across SOPs and sessions (platform/prefs.ts).

import { create } from 'zustand';
import type { DraftMark } from '../../../shared/layout';
import type { SopDocument } from '../../../shared/model';
import type { IdentityField } from '../../../shared/rules';
import { isBoolean, readPref, writePref } from '../platform/prefs';

/** The register is the organisation server's list of every unit's published SOPs. */
export type Screen = 'library' | 'editor' | 'register';
export type EditorTab = 'grid' | 'identity' | 'preview';
/** What Cetak puts on the page in the browser: a version of the SOP, a draft with its mark. */
export type PrintJob = { document: SopDocument; draftMark: DraftMark | null };

export type ShellDialog =
  | 'newSop'
  | 'saveRevision'
  | 'approve'
  | 'help'
  | 'about'
  | 'settings'
  | 'history'
  /** What Kirim ke Biro or Tarik pembaruan did (app/server-sync.ts). */
  | 'serverResult';

type ShellState = {
  screen: Screen;
  tab: EditorTab;
  checksOpen: boolean;
  /** The preview beside the grid or identity form, updating as the user types. */
  previewBeside: boolean;
  dialog: ShellDialog | null;
  /** An identity field to focus once the form shows (`count` makes repeated requests distinct). */
  focus: { field: IdentityField | 'logo'; count: number } | null;
  /** What is on the page for window.print(), while it is; null otherwise. */
  printing: PrintJob | null;
  setPrinting: (printing: PrintJob | null) => void;
  setScreen: (screen: Screen) => void;
  setTab: (tab: EditorTab) => void;
  toggleChecks: () => void;
  togglePreviewBeside: () => void;
  openDialog: (dialog: ShellDialog) => void;
  closeDialog: () => void;
  focusIdentity: (field: IdentityField | 'logo') => void;
};

/** The preferences that keep the side panels open or closed. */
const CHECKS_PREF = 'checks-open';
const PREVIEW_PREF = 'preview-beside';

export const useShell = create<ShellState>((set, get) => ({
  screen: 'library',
  tab: 'grid',
  // Open on the first start, so a new user meets the checks; then as the user left it.
  checksOpen: readPref(CHECKS_PREF, isBoolean, true),
  previewBeside: readPref(PREVIEW_PREF, isBoolean, false),
  dialog: null,
  focus: null,
  printing: null,
  setPrinting: (printing) => set({ printing }),
  setScreen: (screen) => set({ screen }),
  setTab: (tab) => set({ tab }),
  toggleChecks: () => {
    const checksOpen = !get().checksOpen;
    writePref(CHECKS_PREF, checksOpen);
    set({ checksOpen });
  },
  togglePreviewBeside: () => {
    const previewBeside = !get().previewBeside;
    writePref(PREVIEW_PREF, previewBeside);
    set({ previewBeside });
  },
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  focusIdentity: (field) =>
    set({ tab: 'identity', focus: { field, count: (get().focus?.count ?? 0) + 1 } }),
}));

/** A handler that opens a dialog (for the command tables). */
export function dialogOpener(dialog: ShellDialog): () => void {
  return () => useShell.getState().openDialog(dialog);
}

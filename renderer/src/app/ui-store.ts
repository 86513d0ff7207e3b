// What the app shows (not part of the document): the screen, the editor tab, the side panels,
// the open dialog, the identity field a check asked to focus, and the print pages while printing.

import { create } from 'zustand';
import type { IdentityField } from '../../../shared/rules';

export type Screen = 'library' | 'editor';
export type EditorTab = 'grid' | 'identity' | 'preview';
export type ShellDialog =
  'newSop' | 'saveRevision' | 'approve' | 'help' | 'about' | 'settings' | 'history';

type ShellState = {
  screen: Screen;
  tab: EditorTab;
  checksOpen: boolean;
  /** The preview beside the grid or identity form, updating as the user types. */
  previewBeside: boolean;
  dialog: ShellDialog | null;
  /** An identity field to focus once the form shows (`count` makes repeated requests distinct). */
  focus: { field: IdentityField | 'logo'; count: number } | null;
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
};

export const useShell = create<ShellState>((set, get) => ({
  screen: 'library',
  tab: 'grid',
  checksOpen: true,
  previewBeside: false,
  dialog: null,
  focus: null,
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
}));

/** A handler that opens a dialog (for the command tables). */
export function dialogOpener(dialog: ShellDialog): () => void {
  return () => useShell.getState().openDialog(dialog);
}

// The shape of a command declaration: what every command of the app says about itself once, so
// the toolbar, the row menu, the native menu, the keyboard and the help panel all read it here.

/** Interface text in both languages of the app: Bahasa Indonesia first, English second. */
export type Labels = { readonly id: string; readonly en: string };

/**
 * A key as written in the table: "Mod+Shift+Z". Mod is Ctrl, or Cmd on a Mac; the last part is
 * the KeyboardEvent key ("Enter", "ArrowUp", "Delete", "F1", a letter or a digit).
 */
export type Shortcut = string;

/**
 * Who handles a command's keys:
 * - `grid`: the flowchart table, while it has the focus;
 * - `cell`: an executor cell of the table (plain keys, any case);
 * - `window`: the app, wherever the focus is;
 * - `menu`: only the native menu of the desktop app (the browser keeps these keys).
 */
export type KeyScope = 'grid' | 'cell' | 'window' | 'menu';

export type CommandKeys = {
  readonly scope: KeyScope;
  /** Every key that runs the command; the first is the one menus and tooltips show. */
  readonly keys: readonly Shortcut[];
  /** The key the native menu shows on a Mac instead of the first (Ulangi: Cmd+Shift+Z). */
  readonly macMenuKey?: Shortcut;
};

export type CommandSpec = {
  /** Its name in menus, tooltips and the help panel. */
  readonly label: Labels;
  /** The shorter text of its button where the label is too long for a bar. */
  readonly short?: Labels;
  /** A tooltip saying more than the label. */
  readonly hint?: Labels;
  readonly shortcut?: CommandKeys;
  /** The native menu writes its label with "…": the item asks for more before it acts. */
  readonly ellipsis?: true;
  /** Needs an open SOP: on the library screen the menu and keys leave it alone. */
  readonly editorOnly?: true;
  /** Needs the organisation server set in Pengaturan: disabled until it is. */
  readonly needsServer?: true;
};

// Keys typed while a cell editor is mounting. Typing into a cell starts the edit with the first
// key, but the editor appears a moment later; keys pressed in between would be lost, so the grid
// collects them here and the editor starts with them, then ends the edit if Enter, Tab or Escape
// came in too (fast typists press Enter before the editor shows).
//
// The buffer belongs to the cell the grid edits, named by position (step and column): while the
// grid edits the focused cell, every key typed on the grid is for that cell, even one that still
// lands on the cell just left because the browser's focus follows a moment later (Tab scrolls the
// table sideways first).
//
// It lives while the grid still edits that cell. It must not be reset from the grid's
// cellEditingStopped callback: AG Grid delivers that one asynchronously, so the end of the
// previous edit (Enter, Tab) can arrive after the next cell's first key and would throw away the
// keys typed since ("Mencatat" became "Mncatat").

import { isStepTextField } from '../../state/actions';

/** A key that ends an edit, typed before the editor could handle it itself. */
export type EditEnd = 'Enter' | 'Tab' | 'Shift+Tab' | 'Escape';

/** A grid cell by position: its step's row id and its column id. */
export interface CellAt {
  rowId: string;
  colId: string;
}

/** Where a key was typed: the cell, and whether the grid is already editing it. */
export interface KeyPlace {
  cell: CellAt;
  editing: boolean;
}

const buffer: { cell: CellAt | null; keys: string; end: EditEnd | null } = {
  cell: null,
  keys: '',
  end: null,
};

function same(a: CellAt | null, b: CellAt): boolean {
  return a !== null && a.rowId === b.rowId && a.colId === b.colId;
}

function reset(): void {
  buffer.cell = null;
  buffer.keys = '';
  buffer.end = null;
}

function endOf(event: KeyboardEvent): EditEnd | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Tab') return event.shiftKey ? 'Shift+Tab' : 'Tab';
  if (event.key === 'Enter' || event.key === 'Escape') return event.key;
  return null;
}

/** Whether a key pressed on a grid cell starts editing its text (type-to-edit, F2, Backspace). */
function startsTextEdit(event: KeyboardEvent, cell: CellAt): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key.length !== 1 && event.key !== 'F2' && event.key !== 'Backspace') return false;
  return isStepTextField(cell.colId);
}

/** Adds a key to the buffer; true when it was kept (text, a new line or the end of the edit). */
function collect(event: KeyboardEvent): boolean {
  const end = endOf(event);
  if (end !== null) buffer.end = end;
  else if (event.key === 'Enter' && event.altKey) buffer.keys += '\n';
  else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
    buffer.keys += event.key;
  else return false;
  return true;
}

/**
 * A key pressed on the grid, before the grid sees it. `place` is the cell it is for: the cell the
 * grid edits, or else the cell the key landed on (null when on none). Returns true when the buffer
 * kept the key for the editor that is mounting (the grid must not see it: it would restart or end
 * the edit).
 */
export function keyOnCell(event: KeyboardEvent, place: KeyPlace | null): boolean {
  // The edit stopped without an editor taking the keys: the buffer is over.
  if (buffer.cell !== null && !place?.editing) reset();
  if (place === null) return false;
  if (buffer.cell !== null) {
    if (!same(buffer.cell, place.cell) || buffer.end !== null) return false;
    return collect(event);
  }
  if (!startsTextEdit(event, place.cell)) return false;
  buffer.cell = place.cell;
  // The grid already edits this cell (Tab opened its editor): the key is text for that editor,
  // not the key that starts the edit.
  return place.editing && collect(event);
}

/** The keys collected so far for the editor of `cell`, for its first render. */
export function collectedKeys(cell: CellAt): string {
  return same(buffer.cell, cell) ? buffer.keys : '';
}

/** The editor of `cell` has the focus: it takes the keys and the pending end; collecting stops. */
export function takeKeys(cell: CellAt): { keys: string; end: EditEnd | null } {
  const taken = same(buffer.cell, cell)
    ? { keys: buffer.keys, end: buffer.end }
    : { keys: '', end: null };
  reset();
  return taken;
}

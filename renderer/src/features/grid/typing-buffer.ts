// Keys typed while a cell editor is mounting. Typing into a cell starts the edit with the first
// key, but the editor appears a moment later; keys pressed in between would be lost, so the grid
// collects them here and the editor starts with them.

import { isStepTextField } from '../../state/actions';

const buffer = { waiting: false, keys: '' };

/** Whether a key pressed on a grid cell starts editing its text (type-to-edit, F2, Backspace). */
export function startsTextEdit(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key.length !== 1 && event.key !== 'F2' && event.key !== 'Backspace') return false;
  const cell = event.target instanceof Element ? event.target.closest('[col-id]') : null;
  return isStepTextField(cell?.getAttribute('col-id') ?? '');
}

/** A key started an edit: collect printable keys until the editor takes the focus. */
export function editStarted(): void {
  buffer.waiting = true;
  buffer.keys = '';
}

/** The edit ended before any editor took the keys (e.g. on a column without an editor). */
export function editStopped(): void {
  buffer.waiting = false;
  buffer.keys = '';
}

/** Keeps a key typed between the start of an edit and its editor; true when it was kept. */
export function collectKey(event: KeyboardEvent): boolean {
  if (!buffer.waiting || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey)
    return false;
  buffer.keys += event.key;
  return true;
}

/** The keys collected so far, for the editor's first render (which may run twice). */
export function collectedKeys(): string {
  return buffer.keys;
}

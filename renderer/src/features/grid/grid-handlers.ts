// The grid's event handlers: focus and range tracking, clicks and keys on executor cells, row
// dragging and column moving, all turned into named editor actions.

import type {
  CellClickedEvent,
  CellContextMenuEvent,
  CellFocusedEvent,
  CellKeyDownEvent,
  CellPosition,
  ColumnMovedEvent,
  DragStoppedEvent,
  FullWidthCellKeyDownEvent,
  GridApi,
  NavigateToNextCellParams,
  RowDragEndEvent,
} from 'ag-grid-community';
import type { Step } from '../../../../shared/model';
import { columnKeys, executorIdOf } from '../../state/columns';
import { editorStore } from '../../state/store';
import { openDecisionEditor } from '../../app/decision-editor';
import { clearCells } from './clipboard-events';
import { CELL_ACTIONS, cellCommandForKey, continueAfterLastRow } from './commands';
import { asksJoint, joinAt, placeSymbolAt } from './placing';
import {
  focusExtends,
  type FocusGesture,
  isMultiCell,
  noteNavigation,
  rangeBounds,
  useRange,
} from './range';
import { useGridUi } from './ui';

export function onCellFocused(event: CellFocusedEvent<Step>): void {
  const column = event.column;
  if (
    event.rowIndex === null ||
    event.rowIndex === undefined ||
    !column ||
    typeof column === 'string'
  )
    return;
  const step = event.api.getDisplayedRowAtIndex(event.rowIndex)?.data;
  if (!step) return;
  const colId = column.getColId();
  editorStore.getState().select({ stepId: step.id, column: colId });
  const cell = { row: event.rowIndex, column: colId };
  useRange.getState().focusCell(cell, focusExtends(cell, gestureOf(event.sourceEvent)));
}

function gestureOf(event: Event | null | undefined): FocusGesture | null {
  if (!event) return null;
  const { shiftKey, key } = event as Event & { shiftKey?: boolean; key?: string };
  return { type: event.type, shiftKey: shiftKey === true, key };
}

/** Arrow navigation: AG Grid's own choice of cell, noted with its gesture for the range. */
export function navigateToNextCell(params: NavigateToNextCellParams<Step>): CellPosition | null {
  const next = params.nextCellPosition;
  if (next && next.rowIndex >= 0 && next.rowPinned == null) {
    noteNavigation({ row: next.rowIndex, column: next.column.getColId() }, gestureOf(params.event));
  }
  return next;
}

/**
 * A click on an executor cell the step does not use places the step's symbol there: moved from
 * its other column, or joined to it (a joint activity) with Ctrl or Alt held. A click on a
 * diamond edits its exits. Shift+click only extends the range.
 */
export function onCellClicked(event: CellClickedEvent<Step>): void {
  const executorId = executorIdOf(event.column.getColId());
  const step = event.data;
  const mouse = event.event instanceof MouseEvent ? event.event : null;
  if (executorId === null || !step || mouse?.shiftKey) return;
  if (step.executors.includes(executorId)) {
    if (step.symbol === 'decision') openDecisionEditor(step.id);
    return;
  }
  const joined = asksJoint(mouse) && joinAt(step.id, executorId);
  if (!joined) placeSymbolAt(step.id, executorId, step.symbol);
}

function inEditor(event: Event): boolean {
  return (
    event.target instanceof HTMLElement && event.target.closest('input, textarea, select') !== null
  );
}

/**
 * Keys on a cell the grid leaves to us: Delete on a range or a text cell empties it; Enter on a
 * diamond edits its exits, on the last row adds a step; an executor cell's plain keys place,
 * clear or join its symbol.
 */
export function onCellKeyDown(
  event: CellKeyDownEvent<Step> | FullWidthCellKeyDownEvent<Step>,
): void {
  const key = event.event instanceof KeyboardEvent ? event.event : null;
  if (!key || !('column' in event) || inEditor(key) || key.ctrlKey || key.metaKey || key.altKey)
    return;
  const step = event.data;
  if (!step) return;
  const column = event.column.getColId();
  const executorId = executorIdOf(column);
  const { anchor, focus } = useRange.getState();
  const order = event.api.getAllDisplayedColumns().map((c) => c.getColId());
  const hasRange = isMultiCell(rangeBounds(anchor, focus, order));

  if (key.key === 'Delete' && (executorId === null || hasRange)) {
    if (clearCells(event.api)) key.preventDefault();
    return;
  }
  if (key.key === 'Enter' && !key.shiftKey) {
    const onDiamond =
      executorId !== null && step.executors.includes(executorId) && step.symbol === 'decision';
    if (onDiamond ? openDecisionEditor(step.id) : continueAfterLastRow(step.id, column))
      key.preventDefault();
    return;
  }
  if (executorId === null) return;
  const command = cellCommandForKey(key.key);
  if (command === null) return;
  key.preventDefault();
  CELL_ACTIONS[command](step.id, executorId);
}

/** A right click focuses the cell (so commands act on it) and opens the row menu there. */
export function onCellContextMenu(event: CellContextMenuEvent<Step>): void {
  const mouse = event.event instanceof MouseEvent ? event.event : null;
  if (!mouse || event.rowIndex === null) return;
  event.api.setFocusedCell(event.rowIndex, event.column);
  useGridUi.getState().openMenu(mouse.clientX, mouse.clientY);
}

/** Managed row dragging has already moved the row in the grid; the document follows. */
export function onRowDragEnd(event: RowDragEndEvent<Step>): void {
  const id = event.node.id;
  const to = event.node.rowIndex;
  if (id === undefined || to === null) return;
  const from = editorStore.getState().document.steps.findIndex((s) => s.id === id);
  if (from !== -1) editorStore.getState().apply('moveStep', from, to);
}

/** Puts the columns back in the official order when a drag left them elsewhere. */
function keepOfficialOrder(api: GridApi<Step>): void {
  const displayed = api.getAllDisplayedColumns().map((c) => c.getColId());
  const official = columnKeys(editorStore.getState().document);
  if (official.join() !== displayed.join()) {
    api.applyColumnState({ state: official.map((colId) => ({ colId })), applyOrder: true });
  }
}

/** Dragging an executor header reorders the executors of the document. */
export function onColumnMoved(event: ColumnMovedEvent<Step>): void {
  if (!event.finished) return;
  const colId = event.column?.getColId() ?? '';
  const executorId = executorIdOf(colId);
  if (executorId !== null) {
    const executors = event.api
      .getAllDisplayedColumns()
      .map((c) => c.getColId())
      .filter((id) => executorIdOf(id) !== null);
    editorStore.getState().apply('moveExecutor', executorId, executors.indexOf(colId));
  }
  keepOfficialOrder(event.api);
}

/**
 * The end of any header drag. Moving the whole Pelaksana group reports no finished column move,
 * so the order is checked here too: the table keeps the official column order.
 */
export function onDragStopped(event: DragStoppedEvent<Step>): void {
  keepOfficialOrder(event.api);
}

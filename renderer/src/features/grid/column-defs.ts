// The grid's columns as the official two-row header: No, Kegiatan, Pelaksana (one column per
// executor), Mutu Baku (Kelengkapan, Waktu, Output), Keterangan.

import type {
  ColDef,
  ColGroupDef,
  SuppressKeyboardEventParams,
  ValueSetterParams,
} from 'ag-grid-community';
import type { Executor, Step } from '../../../../shared/model';
import type { StepTextField } from '../../state/actions';
import { executorColumnKey } from '../../state/columns';
import { editorStore } from '../../state/store';
import { commandForKey } from './commands';
import { ExecutorCell } from './ExecutorCell';
import { ExecutorHeader } from './ExecutorHeader';
import { EXECUTOR_WIDTH } from './executor-width';
import type { GridText } from './strings';
import { TextEditor } from './TextEditor';

/**
 * Keys the grid must leave to us: our commands (the grid would navigate on Alt+arrows), Delete,
 * and while editing Enter (the editor ends the edit, and on the last row adds a step) and
 * Alt+Enter, which is a new line in the cell rather than the end of the edit.
 */
function suppressKeyboardEvent(params: SuppressKeyboardEventParams<Step>): boolean {
  const event = params.event;
  if (params.editing) {
    return event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.shiftKey;
  }
  // Delete empties the whole range in one edit (onCellKeyDown), not just the focused cell.
  if (event.key === 'Delete') return true;
  return commandForKey(event) !== null;
}

/** Edits go through the store as named actions; the grid never writes into row data. */
function setText(field: StepTextField) {
  return (params: ValueSetterParams<Step, string>): boolean => {
    const step = params.data;
    if (!step) return false;
    const state = editorStore.getState();
    state.apply('setStepField', step.id, field, params.newValue ?? '');
    // One edit of a cell is one undo step, even when the same cell is edited again right after.
    state.sealHistory();
    return false;
  };
}

/** How wide the columns start: as the user last dragged them, else fitted to executor names. */
export type ColumnSizes = {
  /** Widths the user set, by column id (ui.ts remembers them per SOP). */
  chosen: Readonly<Record<string, number>>;
  executorWidth: (name: string) => number;
};

/** A column's size: the chosen width (fixed, no longer sharing the room), else its default. */
function sized(
  colId: string,
  fallback: Partial<ColDef<Step>>,
  sizes: ColumnSizes,
): Partial<ColDef<Step>> {
  const chosen = sizes.chosen[colId];
  return chosen === undefined ? fallback : { ...fallback, width: chosen, flex: null };
}

function textColumn(
  field: StepTextField,
  headerName: string,
  size: Partial<ColDef<Step>>,
): ColDef<Step> {
  return {
    colId: field,
    field,
    headerName,
    editable: true,
    // Rows get their height from the text (row-height.ts), not from AG Grid's autoHeight.
    wrapText: true,
    cellEditor: TextEditor,
    cellEditorPopup: true,
    cellEditorPopupPosition: 'over',
    valueSetter: setText(field),
    suppressMovable: true,
    ...size,
  };
}

export function buildColumnDefs(
  executors: readonly Executor[],
  t: GridText,
  sizes: ColumnSizes,
): (ColDef<Step> | ColGroupDef<Step>)[] {
  const text = (field: StepTextField, headerName: string, size: Partial<ColDef<Step>>) =>
    textColumn(field, headerName, sized(field, size, sizes));
  return [
    {
      colId: 'number',
      headerName: t.number,
      width: 64,
      minWidth: 56,
      rowDrag: true,
      editable: false,
      suppressMovable: true,
      cellClass: 'sop-number-cell',
      valueGetter: (p) => (p.node?.rowIndex ?? 0) + 1,
    },
    text('activity', t.activity, { flex: 3, minWidth: 220 }),
    {
      groupId: 'executors',
      headerName: t.executors,
      marryChildren: true,
      headerClass: 'sop-group-header',
      children: executors.map((executor): ColDef<Step> => ({
        colId: executorColumnKey(executor.id),
        headerName: executor.name,
        ...sized(
          executorColumnKey(executor.id),
          { width: sizes.executorWidth(executor.name) },
          sizes,
        ),
        minWidth: EXECUTOR_WIDTH.min,
        editable: false,
        cellClass: 'sop-exec-column',
        cellRenderer: ExecutorCell,
        cellRendererParams: { executorId: executor.id },
        headerComponent: ExecutorHeader,
        headerComponentParams: { executorId: executor.id },
        // The cell shows a symbol, so its "value" for the grid is only whether it has one.
        valueGetter: (p) => (p.data?.executors.includes(executor.id) ? p.data.symbol : ''),
      })),
    },
    {
      groupId: 'quality',
      headerName: t.quality,
      marryChildren: true,
      headerClass: 'sop-group-header',
      children: [
        text('requirements', t.requirements, { flex: 1.2, minWidth: 130 }),
        text('time', t.time, { width: 100, minWidth: 80 }),
        text('output', t.output, { flex: 1.2, minWidth: 130 }),
      ],
    },
    text('notes', t.notes, { flex: 1, minWidth: 120 }),
  ];
}

export const defaultColDef: ColDef<Step> = {
  sortable: false,
  resizable: true,
  suppressHeaderMenuButton: true,
  suppressKeyboardEvent,
};

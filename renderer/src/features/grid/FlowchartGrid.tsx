// The flowchart table editor: AG Grid with the official two-row header, symbols in executor
// cells, the flow drawn over the rows, and spreadsheet habits (keys, range, copy/paste, undo).

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  ColumnResizedEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  RowHeightParams,
} from 'ag-grid-community';
import type { Step } from '../../../../shared/model';
import { useDecisionEditor } from '../../app/decision-editor';
import { useStrings } from '../../i18n';
import { editorStore, useEditor } from '../../state/store';
import { gridTheme } from './ag-grid-setup';
import { clearCells, copyToClipboard } from './clipboard-events';
import { buildColumnDefs, defaultColDef } from './column-defs';
import { commandForKey, gridHandlers, runGridCommand } from './commands';
import { DecisionEditor } from './DecisionEditor';
import { executorColumnWidth, headerMeasure } from './executor-width';
import { FlowOverlay } from './FlowOverlay';
import {
  onCellClicked,
  onCellContextMenu,
  onCellFocused,
  navigateToNextCell,
  onCellKeyDown,
  onColumnMoved,
  onDragStopped,
  onRowDragEnd,
} from './grid-handlers';
import { pasteClipboard } from './paste-events';
import { RemoveExecutorDialog } from './RemoveExecutorDialog';
import { RowMenu } from './RowMenu';
import { RowHeights } from './row-height';
import { gridStrings } from './strings';
import { keyOnCell } from './typing-buffer';
import type { CellAt, KeyPlace } from './typing-buffer';
import { useGridUi } from './ui';
import './grid.css';

/** The header rows: Pelaksana / Mutu Baku, then the columns, with executor names in three lines. */
const GROUP_HEADER_HEIGHT = 26;
const HEADER_HEIGHT = 58;

const getRowId = (params: GetRowIdParams<Step>) => params.data.id;

/** The element holding the rows (AG Grid 36; older versions called it the center cols container). */
const ROW_CONTAINER = '.ag-grid-scrolling-container, .ag-center-cols-container';

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select') !== null;
}

/** The focused cell when the grid edits it (its editor may still be on its way), else null. */
function editedFocusedCell(api: GridApi<Step>): CellAt | null {
  const focused = api.getFocusedCell();
  if (!focused) return null;
  const colId = focused.column.getColId();
  const edited = api
    .getEditingCells()
    .some(
      (cell) =>
        cell.state === 'editing' && cell.rowIndex === focused.rowIndex && cell.colId === colId,
    );
  const rowId = api.getDisplayedRowAtIndex(focused.rowIndex)?.id;
  return edited && rowId !== undefined ? { rowId, colId } : null;
}

/** The cell a key landed on, named by its row and column ids. */
function cellUnder(target: EventTarget | null): CellAt | null {
  const cell = target instanceof Element ? target.closest('.ag-cell') : null;
  const rowId = cell?.closest('.ag-row')?.getAttribute('row-id');
  const colId = cell?.getAttribute('col-id');
  return rowId && colId ? { rowId, colId } : null;
}

/** The cell a key typed on the grid is for: the one the grid edits, else the one it landed on. */
function keyPlace(api: GridApi<Step> | null, event: React.KeyboardEvent): KeyPlace | null {
  const edited = api ? editedFocusedCell(api) : null;
  if (edited) return { cell: edited, editing: true };
  const under = cellUnder(event.target);
  return under ? { cell: under, editing: false } : null;
}

/** The key the column widths of the open SOP are remembered under (ui.ts). */
const sopKey = () => editorStore.getState().libraryId ?? '';

export function FlowchartGrid() {
  const t = useStrings(gridStrings);
  const steps = useEditor((s) => s.document.steps);
  const executors = useEditor((s) => s.document.executors);
  const wrapper = useRef<HTMLDivElement>(null);
  const [api, setApi] = useState<GridApi<Step> | null>(null);
  const [rowContainer, setRowContainer] = useState<HTMLElement | null>(null);
  const [measureHeader] = useState(() => headerMeasure(getComputedStyle(document.body).fontFamily));
  // Widths are read when the columns are built, not followed: the grid already has the ones the
  // user drags, and building the columns again for each would only repeat them.
  const columnDefs = useMemo(
    () =>
      buildColumnDefs(executors, t, {
        chosen: useGridUi.getState().columnWidths[sopKey()] ?? {},
        executorWidth: (name) => executorColumnWidth(name, measureHeader),
      }),
    [executors, t, measureHeader],
  );
  const [rowHeights] = useState(() => new RowHeights());

  // Rows are as tall as their longest text, computed from the text (row-height.ts).
  const getRowHeight = useCallback(
    (params: RowHeightParams<Step>) => {
      if (!rowHeights.ready) {
        rowHeights.setFont(getComputedStyle(wrapper.current ?? document.body).fontFamily);
        rowHeights.readWidths(params.api);
      }
      return params.data ? rowHeights.height(params.data) : undefined;
    },
    [rowHeights],
  );
  // Column widths changed (window, column resize, executor added): the text wraps elsewhere.
  const remeasure = useCallback(() => {
    if (api && !api.isDestroyed() && rowHeights.readWidths(api)) api.resetRowHeights();
  }, [api, rowHeights]);
  // A column the user resized keeps its width for this SOP (the grid re-creates its columns).
  const onColumnResized = useCallback(
    (event: ColumnResizedEvent<Step>) => {
      remeasure();
      if (!event.finished || event.source !== 'uiColumnResized' || !event.column) return;
      const column = event.column;
      useGridUi.getState().rememberWidth(sopKey(), column.getColId(), column.getActualWidth());
    },
    [remeasure],
  );
  // Edited steps are new objects the grid keeps the old height for: recompute where it differs.
  const onRowDataUpdated = useCallback(() => {
    if (!api || api.isDestroyed()) return;
    let stale = false;
    api.forEachNode((node) => {
      if (node.data && node.rowHeight !== rowHeights.height(node.data)) stale = true;
    });
    if (stale) api.resetRowHeights();
  }, [api, rowHeights]);

  const onGridReady = useCallback((event: GridReadyEvent<Step>) => {
    setApi(event.api);
    setRowContainer(wrapper.current?.querySelector<HTMLElement>(ROW_CONTAINER) ?? null);
  }, []);

  // Row numbers are positions: refresh them whenever rows move, appear or disappear.
  const onModelUpdated = useCallback(() => {
    if (api && !api.isDestroyed()) api.refreshCells({ columns: ['number'] });
  }, [api]);

  // Another panel (the checks) asked to show a cell: scroll to it and focus it. While the
  // decision editor is open it keeps the focus; the cell gets it back when the editor closes.
  useEffect(() => {
    if (!api) return;
    return editorStore.subscribe((state, previous) => {
      if (state.revealCount === previous.revealCount || !state.selection) return;
      const { stepId, column } = state.selection;
      requestAnimationFrame(() => {
        if (api.isDestroyed()) return;
        const index = api.getRowNode(stepId)?.rowIndex;
        if (index === null || index === undefined) return;
        api.ensureIndexVisible(index);
        api.ensureColumnVisible(column);
        if (useDecisionEditor.getState().stepId === null) api.setFocusedCell(index, column);
      });
    });
  }, [api]);

  const onKeyDownCapture = (event: React.KeyboardEvent) => {
    if (inTextField(event.target)) return;
    if (keyOnCell(event.nativeEvent, keyPlace(api, event))) {
      // The grid would restart (or end) the edit with this key: the editor gets it instead.
      event.preventDefault();
      event.stopPropagation();
    }
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (inTextField(event.target)) return;
    const command = commandForKey(event.nativeEvent);
    if (command === null) return;
    event.preventDefault();
    gridHandlers[command]();
  };
  const onCopy = (event: React.ClipboardEvent) => {
    if (!api || inTextField(event.target)) return;
    if (copyToClipboard(api, event.clipboardData)) event.preventDefault();
  };
  const onCut = (event: React.ClipboardEvent) => {
    if (!api || inTextField(event.target)) return;
    if (copyToClipboard(api, event.clipboardData)) {
      event.preventDefault();
      clearCells(api);
    }
  };
  const onPaste = (event: React.ClipboardEvent) => {
    if (!api || inTextField(event.target)) return;
    if (pasteClipboard(api, event.clipboardData)) event.preventDefault();
  };

  return (
    <div className="sop-grid-panel">
      <div
        ref={wrapper}
        className="sop-grid"
        data-testid="flowchart-grid"
        role="region"
        aria-label={t.gridLabel}
        tabIndex={-1}
        onKeyDownCapture={onKeyDownCapture}
        onKeyDown={onKeyDown}
        onCopy={onCopy}
        onCut={onCut}
        onPaste={onPaste}
      >
        <AgGridReact<Step>
          theme={gridTheme}
          rowData={steps}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={getRowId}
          rowDragManaged
          animateRows={false}
          suppressMoveWhenRowDragging={false}
          suppressDragLeaveHidesColumns
          suppressNoRowsOverlay
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          singleClickEdit={false}
          groupHeaderHeight={GROUP_HEADER_HEIGHT}
          headerHeight={HEADER_HEIGHT}
          onGridReady={onGridReady}
          onModelUpdated={onModelUpdated}
          getRowHeight={getRowHeight}
          onRowDataUpdated={onRowDataUpdated}
          onColumnResized={onColumnResized}
          onGridSizeChanged={remeasure}
          onDisplayedColumnsChanged={remeasure}
          onCellFocused={onCellFocused}
          navigateToNextCell={navigateToNextCell}
          onCellClicked={onCellClicked}
          onCellContextMenu={onCellContextMenu}
          preventDefaultOnContextMenu
          onCellKeyDown={onCellKeyDown}
          onRowDragEnd={onRowDragEnd}
          onColumnMoved={onColumnMoved}
          onDragStopped={onDragStopped}
        />
        {api && rowContainer && <FlowOverlay api={api} container={rowContainer} />}
        {steps.length === 0 && (
          <div className="sop-grid-empty" data-testid="grid-empty">
            <p>{t.emptyTable}</p>
            <button type="button" onClick={() => runGridCommand('insertStepBelow')}>
              {t.addFirstStep}
            </button>
          </div>
        )}
      </div>
      <DecisionEditor grid={wrapper} />
      <RemoveExecutorDialog />
      <RowMenu />
    </div>
  );
}

// SVG drawn over the grid's rows so the table reads as a flowchart while editing: arrows between
// symbols, Ya/Tidak labels, joint-activity lines, and the selected cell range. It lives inside the
// grid's scrolling row container, so it scrolls with the rows; positions come from the grid API.

import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AgPublicEventType, GridApi } from 'ag-grid-community';
import type { Step } from '../../../../shared/model';
import { useStrings } from '../../i18n';
import { executorIdOf } from '../../state/columns';
import { useEditor } from '../../state/store';
import { flowGeometry } from './flow-geometry';
import type { ColumnBox, RowBox } from './flow-geometry';
import { isMultiCell, rangeBounds, useRange } from './range';
import { gridStrings } from './strings';

type Measured = {
  rows: Map<string, RowBox>;
  columns: Map<string, ColumnBox>;
  order: string[];
  width: number;
  height: number;
};

const EMPTY: Measured = { rows: new Map(), columns: new Map(), order: [], width: 0, height: 0 };

/** Grid events after which rows or columns may have moved or changed size. */
const LAYOUT_EVENTS: AgPublicEventType[] = [
  'modelUpdated',
  'rowDataUpdated',
  'firstDataRendered',
  'displayedColumnsChanged',
  'columnResized',
  'gridSizeChanged',
  'viewportChanged',
];

function measure(api: GridApi<Step>): Measured {
  const rows = new Map<string, RowBox>();
  let height = 0;
  api.forEachNode((node) => {
    if (node.id === undefined || node.rowTop === null || node.rowHeight == null) return;
    rows.set(node.id, { top: node.rowTop, height: node.rowHeight });
    height = Math.max(height, node.rowTop + node.rowHeight);
  });
  const columns = new Map<string, ColumnBox>();
  let width = 0;
  const displayed = api.getAllDisplayedColumns();
  for (const column of displayed) {
    const left = column.getLeft() ?? 0;
    columns.set(column.getColId(), { left, width: column.getActualWidth() });
    width = Math.max(width, left + column.getActualWidth());
  }
  return { rows, columns, order: displayed.map((c) => c.getColId()), width, height };
}

export function FlowOverlay({ api, container }: { api: GridApi<Step>; container: HTMLElement }) {
  const t = useStrings(gridStrings);
  const steps = useEditor((s) => s.document.steps);
  const anchor = useRange((s) => s.anchor);
  const focus = useRange((s) => s.focus);
  const [measured, setMeasured] = useState<Measured>(EMPTY);

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!api.isDestroyed()) setMeasured(measure(api));
      });
    };
    for (const type of LAYOUT_EVENTS) api.addEventListener(type, schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      if (api.isDestroyed()) return;
      for (const type of LAYOUT_EVENTS) api.removeEventListener(type, schedule);
    };
  }, [api]);

  const geometry = useMemo(() => {
    const executorColumns = new Map<string, ColumnBox>();
    for (const [colId, box] of measured.columns) {
      const executorId = executorIdOf(colId);
      if (executorId !== null) executorColumns.set(executorId, box);
    }
    const rows = steps.map((s) => measured.rows.get(s.id));
    return flowGeometry(steps, rows, executorColumns, [t.yes, t.no]);
  }, [steps, measured, t.yes, t.no]);

  const range = rangeBounds(anchor, focus, measured.order);
  let rangeBox: { x: number; y: number; w: number; h: number } | null = null;
  if (isMultiCell(range)) {
    const first = measured.rows.get(steps[range.rowStart]?.id ?? '');
    const last = measured.rows.get(steps[range.rowEnd]?.id ?? '');
    const left = measured.columns.get(range.columns[0] ?? '');
    const right = measured.columns.get(range.columns[range.columns.length - 1] ?? '');
    if (first && last && left && right) {
      rangeBox = {
        x: left.left,
        y: first.top,
        w: right.left + right.width - left.left,
        h: last.top + last.height - first.top,
      };
    }
  }

  return createPortal(
    <svg
      className="sop-flow-overlay"
      data-testid="flow-overlay"
      width={measured.width}
      height={measured.height}
      aria-hidden="true"
    >
      <defs>
        <marker
          id="sop-arrow-head"
          viewBox="0 0 8 8"
          refX="8"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" fill="#000" />
        </marker>
      </defs>
      {geometry.joints.map((d, i) => (
        <path key={`j${i}`} d={d} stroke="#000" strokeWidth={1.2} data-testid="flow-joint" />
      ))}
      {geometry.edges.map((edge) => (
        <g key={edge.key} data-testid="flow-edge" data-edge={edge.key}>
          <path
            d={edge.d}
            fill="none"
            stroke={edge.side ? '#1d4ed8' : '#000'}
            strokeWidth={1.2}
            markerEnd="url(#sop-arrow-head)"
          />
          {edge.label && (
            <text x={edge.label.x} y={edge.label.y} className="sop-flow-label">
              {edge.label.text}
            </text>
          )}
        </g>
      ))}
      {rangeBox && range && (
        <rect
          className="sop-range"
          data-testid="grid-range"
          data-rows={`${range.rowStart + 1}-${range.rowEnd + 1}`}
          data-columns={range.columns.join(',')}
          x={rangeBox.x + 1}
          y={rangeBox.y + 1}
          width={Math.max(0, rangeBox.w - 2)}
          height={Math.max(0, rangeBox.h - 2)}
        />
      )}
    </svg>,
    container,
  );
}

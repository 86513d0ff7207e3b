// The flowchart pages of one SOP: the table (header repeated on every page, one row per step),
// the symbols centred in their executors' columns, and the arrows between them, with off-page
// connector pairs where an arrow crosses a page break.

import type { SopDocument } from '../model';
import { flowColumns, type FlowColumns } from './columns';
import { flowEdges, type FlowEdge } from './graph';
import { letters } from './numerals';
import { flowHeader } from './flowchart-header';
import { bandHeight, paginateRows } from './paginate';
import type { TextMeasurer } from './measure';
import { cellRect, textInCell } from './primitives';
import { routeArrows, type RowPlacement } from './flowchart-arrows';
import { rowContents, type RowContent } from './rows';
import type { PlacedSymbol } from './route';
import type { Box, ConnectorLabelMode, LayoutWarning, Page, PlacedRow, Primitive } from './types';

export type FlowchartFrame = { pageWidth: number; pageHeight: number; area: Box };

export type FlowchartResult = { pages: Page[]; warnings: LayoutWarning[]; columns: FlowColumns };

/** Largest number of connectors one row's bands are planned for when capping a row's height. */
const PLANNED_CONNECTORS = 4;

export function layoutFlowchart(
  doc: SopDocument,
  frame: FlowchartFrame,
  connectorMode: ConnectorLabelMode,
  measurer: TextMeasurer,
): FlowchartResult {
  const columns = flowColumns(frame.area, doc.executors.length, measurer);
  const header = flowHeader(doc, columns, measurer);
  const available = frame.area.height - header.height;
  const rows = rowContents(doc, columns, measurer, available - 2 * bandHeight(PLANNED_CONNECTORS));
  const edges = flowEdges(doc);
  const decisions = new Set(doc.steps.flatMap((s, i) => (s.symbol === 'decision' ? [i] : [])));
  const ranges = rows.length
    ? paginateRows(
        rows.map((r) => r.height),
        edges,
        available,
        decisions,
      )
    : [{ start: 0, end: 0 }];
  const pageOfRow: number[] = [];
  ranges.forEach((range, page) => {
    for (let i = range.start; i < range.end; i++) pageOfRow[i] = page;
  });
  const labels = connectorLabels(edges, pageOfRow, connectorMode);
  const pages = ranges.map((range) => {
    const primitives: Primitive[] = header.draw(frame.area.y);
    let y = frame.area.y + header.height;
    const inside = (i: number): boolean => i >= range.start && i < range.end;
    const incoming = edges.filter((e) => inside(e.to) && !inside(e.from));
    const outgoing = edges.filter((e) => inside(e.from) && !inside(e.to));
    const topBand = incoming.length ? { y, height: bandHeight(incoming.length) } : null;
    if (topBand) {
      primitives.push(...bandCells(columns, topBand));
      y += topBand.height;
    }
    const placements: RowPlacement[] = [];
    const placedRows: PlacedRow[] = [];
    for (let i = range.start; i < range.end; i++) {
      const row = rows[i] as RowContent;
      const box = { x: columns.x, y, width: columns.width, height: row.height };
      const drawn = drawRow(doc, i, row, box, columns, measurer);
      primitives.push(...drawn.primitives);
      placements.push({
        index: i,
        stepId: row.stepId,
        box,
        symbols: drawn.symbols,
        entry: drawn.entry,
      });
      placedRows.push({ stepId: row.stepId, box, textBoxes: drawn.textBoxes });
      y += row.height;
    }
    const bottomBand = outgoing.length ? { y, height: bandHeight(outgoing.length) } : null;
    if (bottomBand) {
      primitives.push(...bandCells(columns, bottomBand));
      y += bottomBand.height;
    }
    primitives.push(
      ...routeArrows({
        doc,
        columns,
        measurer,
        placements,
        edges,
        incoming,
        outgoing,
        topBand,
        bottomBand,
        labels,
      }),
    );
    const table = { x: columns.x, y: frame.area.y, width: columns.width, height: y - frame.area.y };
    const page: Page = {
      width: frame.pageWidth,
      height: frame.pageHeight,
      kind: 'flowchart',
      primitives,
      rows: placedRows,
      table,
    };
    return page;
  });
  const warnings: LayoutWarning[] = rows
    .filter((r) => r.truncated)
    .map((r) => ({ code: 'text-truncated', stepId: r.stepId }));
  return { pages, warnings, columns };
}

/** Labels of the off-page connector pairs: A, B, … in reading order, or the target step number. */
function connectorLabels(
  edges: FlowEdge[],
  pageOfRow: number[],
  mode: ConnectorLabelMode,
): Map<number, string> {
  const crossing = edges.filter((e) => pageOfRow[e.from] !== pageOfRow[e.to]);
  const firstPage = (e: FlowEdge): number => Math.min(pageOfRow[e.from] ?? 0, pageOfRow[e.to] ?? 0);
  crossing.sort((a, b) => firstPage(a) - firstPage(b) || a.from - b.from || a.to - b.to);
  return new Map(crossing.map((e, i) => [e.id, mode === 'step' ? String(e.to + 1) : letters(i)]));
}

function columnBoxes(columns: FlowColumns, y: number, height: number): Box[] {
  return [
    columns.number,
    columns.activity,
    ...columns.executors,
    columns.requirements,
    columns.time,
    columns.output,
    columns.notes,
  ].map((c) => ({ x: c.x, y, width: c.width, height }));
}

function bandCells(columns: FlowColumns, band: { y: number; height: number }): Primitive[] {
  return columnBoxes(columns, band.y, band.height).map((box) => cellRect(box));
}

function drawRow(
  doc: SopDocument,
  index: number,
  row: RowContent,
  box: Box,
  columns: FlowColumns,
  measurer: TextMeasurer,
): {
  primitives: Primitive[];
  symbols: PlacedSymbol[];
  entry: PlacedSymbol | null;
  textBoxes: Box[];
} {
  const primitives: Primitive[] = columnBoxes(columns, box.y, box.height).map((b) => cellRect(b));
  const textBoxes: Box[] = [];
  for (const cell of row.cells) {
    if (cell.lines.length === 0) continue;
    const cellBox = { x: cell.column.x, y: box.y, width: cell.column.width, height: box.height };
    const text = textInCell(
      cell.lines,
      cellBox,
      { fontSize: columns.fontSize, align: cell.align },
      measurer,
    );
    primitives.push(text);
    textBoxes.push(text.box);
  }
  const step = doc.steps[index];
  if (!step) return { primitives, symbols: [], entry: null, textBoxes };
  const columnOf = new Map(doc.executors.map((e, i) => [e.id, i]));
  const height = step.symbol === 'decision' ? columns.symbol.decisionHeight : columns.symbol.height;
  const cy = box.y + box.height / 2;
  const byColumn = new Map<number, PlacedSymbol>();
  for (const id of step.executors) {
    const column = columnOf.get(id);
    const executor = column === undefined ? undefined : columns.executors[column];
    if (column === undefined || !executor || byColumn.has(column)) continue;
    const symbolBox = {
      x: executor.x + (executor.width - columns.symbol.width) / 2,
      y: cy - height / 2,
      width: columns.symbol.width,
      height,
    };
    byColumn.set(column, { column, box: symbolBox, shape: step.symbol });
  }
  const entry = byColumn.get(columnOf.get(step.executors[0] ?? '') ?? -1) ?? null;
  const symbols = [...byColumn.values()].sort((a, b) => a.column - b.column);
  // In the step's executor order, the entry first: the Excel export draws the shapes in this
  // order, and the importer reads a joint step's executors back from it (docs/format.md §6.2).
  for (const symbol of byColumn.values()) {
    primitives.push({
      kind: 'symbol',
      shape: symbol.shape,
      box: symbol.box,
      stepId: step.id,
      label: null,
    });
  }
  // A joint activity (several executors) is one symbol per column, joined by a line.
  for (let i = 1; i < symbols.length; i++) {
    const a = symbols[i - 1] as PlacedSymbol;
    const b = symbols[i] as PlacedSymbol;
    primitives.push({
      kind: 'line',
      role: 'joint',
      width: 1,
      points: [
        { x: a.box.x + a.box.width, y: cy },
        { x: b.box.x, y: cy },
      ],
    });
  }
  return { primitives, symbols, entry, textBoxes };
}

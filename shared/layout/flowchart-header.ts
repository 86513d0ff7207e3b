// The two header rows of the flowchart table, repeated on every flowchart page:
// No | Kegiatan | Pelaksana (one column per executor) | Mutu Baku (Kelengkapan, Waktu, Output) | Keterangan.

import { STEP_COLUMN_LABELS, type SopDocument } from '../model';
import { CELL_PADDING, type Column, type FlowColumns } from './columns';
import { wrapText, type TextMeasurer } from './measure';
import { cellRect, HEADER_FILL, textInCell } from './primitives';
import type { Primitive } from './types';

export type FlowHeader = { height: number; draw: (y: number) => Primitive[] };

export function flowHeader(
  doc: SopDocument,
  columns: FlowColumns,
  measurer: TextMeasurer,
): FlowHeader {
  const size = columns.fontSize;
  const lineHeight = measurer.lineHeight(size);
  const wrap = (text: string, column: Column): string[] =>
    wrapText(text, column.width - 2 * CELL_PADDING, size, true, measurer);
  const nameSize = executorNameSize(doc, columns, measurer);
  const executorNames = columns.executors.map((column, i) =>
    wrapText(
      doc.executors[i]?.name ?? '',
      column.width - 2 * CELL_PADDING,
      nameSize,
      true,
      measurer,
    ),
  );
  const quality = [columns.requirements, columns.time, columns.output];
  const qualityNames = [
    STEP_COLUMN_LABELS.requirements,
    STEP_COLUMN_LABELS.time,
    STEP_COLUMN_LABELS.output,
  ].map((label, i) => wrap(label, quality[i] as Column));
  const spanning: [Column, string][] = [
    [columns.number, STEP_COLUMN_LABELS.number],
    [columns.activity, STEP_COLUMN_LABELS.activity],
    [columns.notes, STEP_COLUMN_LABELS.notes],
  ];
  const spanningLines = spanning.map(([column, label]) => wrap(label, column));
  const first = lineHeight + 2 * CELL_PADDING;
  const tallest = Math.max(
    1,
    ...executorNames.map((l) => l.length * measurer.lineHeight(nameSize)),
    ...qualityNames.map((l) => l.length * lineHeight),
  );
  const second = Math.max(tallest + 2 * CELL_PADDING, first);
  const height = Math.max(
    first + second,
    ...spanningLines.map((l) => l.length * lineHeight + 2 * CELL_PADDING),
  );
  const secondHeight = height - first;
  const style = { fontSize: size, bold: true, align: 'center' as const, role: 'header' as const };

  const draw = (y: number): Primitive[] => {
    const out: Primitive[] = [];
    const cell = (
      x: number,
      top: number,
      width: number,
      h: number,
      lines: string[],
      fontSize = size,
    ): void => {
      const box = { x, y: top, width, height: h };
      out.push(
        cellRect(box, HEADER_FILL),
        textInCell(lines, box, { ...style, fontSize }, measurer),
      );
    };
    spanning.forEach(([column], i) =>
      cell(column.x, y, column.width, height, spanningLines[i] ?? []),
    );
    const firstExecutor = columns.executors[0];
    if (firstExecutor) {
      const width = firstExecutor.width * columns.executors.length;
      cell(firstExecutor.x, y, width, first, wrap(STEP_COLUMN_LABELS.executors, { x: 0, width }));
      columns.executors.forEach((column, i) =>
        cell(column.x, y + first, column.width, secondHeight, executorNames[i] ?? [], nameSize),
      );
    }
    const qualityWidth = columns.requirements.width + columns.time.width + columns.output.width;
    cell(
      columns.requirements.x,
      y,
      qualityWidth,
      first,
      wrap(STEP_COLUMN_LABELS.quality, { x: 0, width: qualityWidth }),
    );
    quality.forEach((column, i) =>
      cell(column.x, y + first, column.width, secondHeight, qualityNames[i] ?? []),
    );
    return out;
  };
  return { height, draw };
}

/** Font size of the executor names: the largest, down to 6 pt, at which no word breaks mid-word. */
function executorNameSize(doc: SopDocument, columns: FlowColumns, measurer: TextMeasurer): number {
  const width = (columns.executors[0]?.width ?? 0) - 2 * CELL_PADDING;
  const words = doc.executors.flatMap((e) => e.name.split(/\s+/)).filter((w) => w.length > 0);
  for (let size = columns.fontSize; size > 6; size -= 0.5) {
    if (words.every((w) => measurer.width(w, size, true) <= width)) return size;
  }
  return 6;
}

// Optional parts printed after the flowchart (docs/format.md §4): the narrative table
// NO | PROSEDUR | PENANGGUNG JAWAB | WAKTU | KET derived from the steps, and the symbol legend.

import type { SopDocument } from '../model';
import { CELL_PADDING } from './columns';
import { wrapText, type TextMeasurer } from './measure';
import { cellRect, HEADER_FILL, textAt, textInCell } from './primitives';
import type { Box, Page, Primitive, SymbolShape } from './types';

const SIZE = 9;

type TableColumn = { label: string; weight: number; align: 'left' | 'center' };

const NARRATIVE_COLUMNS: TableColumn[] = [
  { label: 'NO', weight: 0.05, align: 'center' },
  { label: 'PROSEDUR', weight: 0.45, align: 'left' },
  { label: 'PENANGGUNG JAWAB', weight: 0.22, align: 'left' },
  { label: 'WAKTU', weight: 0.1, align: 'center' },
  { label: 'KET', weight: 0.18, align: 'left' },
];

export type ExtrasFrame = { pageWidth: number; pageHeight: number; area: Box };

/** The narrative table on its own pages, header repeated, rows never split. */
export function layoutNarrative(
  doc: SopDocument,
  frame: ExtrasFrame,
  measurer: TextMeasurer,
): Page[] {
  const { area } = frame;
  const lineHeight = measurer.lineHeight(SIZE);
  let x = area.x;
  const columns = NARRATIVE_COLUMNS.map((c) => {
    const column = { ...c, x, width: area.width * c.weight };
    x += column.width;
    return column;
  });
  const executorName = new Map(doc.executors.map((e) => [e.id, e.name]));
  const maxLines = Math.floor((area.height - 3 * lineHeight - 6 * CELL_PADDING) / lineHeight);
  const rows = doc.steps.map((step, i) => {
    const texts = [
      String(i + 1),
      step.activity,
      step.executors.map((id) => executorName.get(id) ?? '').join(', '),
      step.time,
      step.notes,
    ];
    const cells = columns.map((c, k) =>
      wrapText(texts[k] ?? '', c.width - 2 * CELL_PADDING, SIZE, false, measurer).slice(
        0,
        maxLines,
      ),
    );
    const height = Math.max(1, ...cells.map((l) => l.length)) * lineHeight + 2 * CELL_PADDING;
    return { cells, height };
  });
  const headerHeight = lineHeight + 2 * CELL_PADDING;
  const pages: Page[] = [];
  let primitives: Primitive[] = [];
  let y = area.y + area.height;
  const start = (): void => {
    primitives = [];
    pages.push({
      width: frame.pageWidth,
      height: frame.pageHeight,
      kind: 'narrative',
      primitives,
      rows: [],
      table: null,
    });
    y = area.y;
    if (pages.length === 1) {
      primitives.push(
        textAt(
          [`URAIAN PROSEDUR: ${doc.identity.name}`],
          area.x,
          y,
          area.width,
          { fontSize: 10, bold: true, role: 'heading' },
          measurer,
        ),
      );
      y += measurer.lineHeight(10) + 4;
    }
    columns.forEach((c) => {
      const box = { x: c.x, y, width: c.width, height: headerHeight };
      primitives.push(
        cellRect(box, HEADER_FILL),
        textInCell(
          [c.label],
          box,
          { fontSize: SIZE, bold: true, align: 'center', role: 'header' },
          measurer,
        ),
      );
    });
    y += headerHeight;
  };
  if (rows.length === 0) start();
  for (const row of rows) {
    if (y + row.height > area.y + area.height) start();
    columns.forEach((c, k) => {
      const box = { x: c.x, y, width: c.width, height: row.height };
      primitives.push(
        cellRect(box),
        textInCell(row.cells[k] ?? [], box, { fontSize: SIZE, align: c.align }, measurer, 'top'),
      );
    });
    y += row.height;
  }
  return pages;
}

const LEGEND: { shape: SymbolShape | 'arrow'; text: string }[] = [
  {
    shape: 'terminator',
    text: 'Simbol kapsul (terminator) untuk mendeskripsikan kegiatan mulai dan berakhir',
  },
  {
    shape: 'process',
    text: 'Simbol kotak (proses) untuk mendeskripsikan proses atau kegiatan eksekusi',
  },
  {
    shape: 'decision',
    text: 'Simbol belah ketupat (keputusan) untuk mendeskripsikan kegiatan pengambilan keputusan',
  },
  { shape: 'arrow', text: 'Simbol anak panah untuk mendeskripsikan arah kegiatan' },
  {
    shape: 'connector',
    text: 'Simbol segi lima (penghubung) untuk mendeskripsikan kegiatan berlanjut ke halaman lain',
  },
];

const LEGEND_ROW = 24;
const LEGEND_SAMPLE = 60;

export function legendHeight(measurer: TextMeasurer): number {
  return measurer.lineHeight(SIZE) + 4 + LEGEND.length * LEGEND_ROW;
}

/** The legend of the five symbols, drawn with the flowchart's own shapes, its top-left at x, y. */
export function legendPrimitives(
  x: number,
  y: number,
  width: number,
  measurer: TextMeasurer,
): Primitive[] {
  const out: Primitive[] = [
    textAt(
      ['Keterangan simbol:'],
      x,
      y,
      width,
      { fontSize: SIZE, bold: true, role: 'heading' },
      measurer,
    ),
  ];
  let top = y + measurer.lineHeight(SIZE) + 4;
  for (const entry of LEGEND) {
    const cy = top + LEGEND_ROW / 2;
    if (entry.shape === 'arrow') {
      out.push({
        kind: 'arrow',
        points: [
          { x: x + 8, y: cy },
          { x: x + LEGEND_SAMPLE - 8, y: cy },
        ],
        from: { kind: 'legend' },
        to: { kind: 'legend' },
      });
    } else {
      const w = entry.shape === 'connector' ? 18 : 40;
      const h = entry.shape === 'decision' ? 20 : entry.shape === 'connector' ? 16 : 16;
      const box = { x: x + (LEGEND_SAMPLE - w) / 2, y: cy - h / 2, width: w, height: h };
      out.push({ kind: 'symbol', shape: entry.shape, box, stepId: null, label: null });
    }
    out.push(
      textAt(
        [`= ${entry.text}`],
        x + LEGEND_SAMPLE + 6,
        cy - measurer.lineHeight(SIZE) / 2,
        width - LEGEND_SAMPLE - 6,
        { fontSize: SIZE },
        measurer,
      ),
    );
    top += LEGEND_ROW;
  }
  return out;
}

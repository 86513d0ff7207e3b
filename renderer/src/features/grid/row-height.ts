// Row heights from the text of a step, computed instead of measured. AG Grid's autoHeight measures
// every cell in the DOM (a forced layout per cell: about half a second for 300 steps); wrapping the
// text with canvas measureText in the cell's font gives the same heights for a few milliseconds.

import type { Column, GridApi } from 'ag-grid-community';
import type { Step } from '../../../../shared/model';
import { STEP_TEXT_FIELDS } from '../../state/actions';
import type { StepTextField } from '../../state/actions';

/** Font size of the cells (the theme's fontSize) and their line height (grid.css). */
export const CELL_FONT_SIZE = 13;
const LINE_HEIGHT = CELL_FONT_SIZE * 1.35;
/** A symbol with room for the arrows between rows (grid.css: 36 px). */
const MIN_TEXT_HEIGHT = 36;
/** Padding (6 px) and transparent focus border (1 px) above and below the text. */
const CELL_EXTRA_HEIGHT = 14;
/** Horizontal padding and border of a cell; one pixel more so rounding never wraps a word late. */
const CELL_EXTRA_WIDTH = 13;

type Measure = (text: string) => number;

/** Pieces a line can break after: words with their trailing spaces, and after a hyphen. */
const PIECE = /[^\s-]*-+|[^\s-]+\s*|\s+/g;

/**
 * A word wider than the cell, broken anywhere (word-break: break-word): the lines it takes and the
 * width left on its last line.
 */
function breakWord(word: string, width: number, measure: Measure): { lines: number; last: number } {
  let lines = 1;
  let line = '';
  for (const char of word) {
    if (line !== '' && measure(line + char) > width) {
      lines += 1;
      line = char;
    } else line += char;
  }
  return { lines, last: measure(line) };
}

/** Lines `text` takes in a cell `width` px wide, wrapped like `white-space: pre-wrap`. */
export function lineCount(text: string, width: number, measure: Measure): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const piece of paragraph.match(PIECE) ?? []) {
      // Spaces at the end of a line hang past the edge: only the visible part has to fit.
      const word = piece.trimEnd();
      const visible = measure(word);
      const full = measure(piece);
      if (used > 0 && used + visible > width) {
        lines += 1;
        used = 0;
      }
      if (visible > width) {
        const broken = breakWord(word, width, measure);
        lines += broken.lines - 1;
        used = broken.last + full - visible;
      } else used += full;
    }
  }
  return lines;
}

/** Row heights for the grid's getRowHeight, cached per step object and column widths. */
export class RowHeights {
  private readonly widths = new Map<StepTextField, number>();
  private widthKey = '';
  private readonly cache = new WeakMap<Step, { key: string; height: number }>();
  private readonly wordWidths = new Map<string, number>();
  private context: CanvasRenderingContext2D | null = null;

  /** Whether the font and the widths have been read once. */
  get ready(): boolean {
    return this.context !== null && this.widthKey !== '';
  }

  /** Reads the text columns' widths; true when they changed (the heights must be recomputed). */
  readWidths(api: GridApi<Step>): boolean {
    for (const field of STEP_TEXT_FIELDS) {
      const column: Column | null = api.getColumn(field);
      this.widths.set(field, Math.max(1, (column?.getActualWidth() ?? 0) - CELL_EXTRA_WIDTH));
    }
    const key = [...this.widths.values()].join();
    const changed = key !== this.widthKey;
    this.widthKey = key;
    return changed;
  }

  /** Uses the font the cells are drawn with (the family comes from the page). */
  setFont(family: string): void {
    this.context ??= document.createElement('canvas').getContext('2d');
    if (this.context) this.context.font = `${CELL_FONT_SIZE}px ${family}`;
    this.wordWidths.clear();
  }

  height(step: Step): number {
    const cached = this.cache.get(step);
    if (cached?.key === this.widthKey) return cached.height;
    let lines = 1;
    for (const [field, width] of this.widths) {
      if (step[field] !== '') lines = Math.max(lines, lineCount(step[field], width, this.measure));
    }
    const height = Math.round(Math.max(MIN_TEXT_HEIGHT, lines * LINE_HEIGHT) + CELL_EXTRA_HEIGHT);
    this.cache.set(step, { key: this.widthKey, height });
    return height;
  }

  private readonly measure: Measure = (text) => {
    let width = this.wordWidths.get(text);
    if (width === undefined) {
      width = this.context?.measureText(text).width ?? text.length * CELL_FONT_SIZE * 0.55;
      this.wordWidths.set(text, width);
    }
    return width;
  };
}

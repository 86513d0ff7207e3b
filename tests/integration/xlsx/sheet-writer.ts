// A sheet of a generated workbook under construction: cells by address (0-based columns, 1-based
// rows), merges and drawn shapes, turned into the workbook builder's sheet spec.

import type { CellSpec, ShapeSpec, SheetSpec } from './workbook-builder';

const col = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
};
const ref = (c: number, r: number): string => `${col(c)}${r}`;

/** A sheet under construction: cells by address, merges, shapes; rows are 1-based. */
export class SheetWriter {
  readonly cells: Record<string, CellSpec> = {};
  readonly merges: string[] = [];
  readonly shapes: ShapeSpec[] = [];
  row = 1;
  put(c: number, r: number, value: CellSpec): void {
    if (value !== '') this.cells[ref(c, r)] = value;
  }
  merge(c1: number, r1: number, c2: number, r2: number): void {
    if (c1 !== c2 || r1 !== r2) this.merges.push(`${ref(c1, r1)}:${ref(c2, r2)}`);
  }
  sheet(name: string): SheetSpec {
    return { name, cells: this.cells, merges: this.merges, shapes: this.shapes };
  }
}

// A 50-step workbook with real drawn shapes for the import benchmark: the rows and DrawingML
// anchors of the first BASARNAS workbook duplicated (rectangles, capsules, diamonds, glued elbow
// connectors, Tidak/Ya text boxes), so each shape carries the XML weight Excel gives it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const SOURCE = join(import.meta.dirname, '../fixtures/real/basarnas-verifikasi-berita.xlsx');
const SHEET = 'xl/worksheets/sheet2.xml';
const DRAWING = 'xl/drawings/drawing2.xml';

export const STEPS = 50;

export function buildFiftyStepWorkbook(): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(SOURCE)));
  const sheet = strFromU8(parts[SHEET] ?? new Uint8Array());
  const drawing = strFromU8(parts[DRAWING] ?? new Uint8Array());
  const template = (name: string): string => {
    const anchor = drawing
      .match(/<xdr:twoCellAnchor>.*?<\/xdr:twoCellAnchor>/gs)
      ?.find((a) => a.includes(`name="${name}"`));
    if (!anchor) throw new Error(`no anchor ${name}`);
    return anchor;
  };
  const rect = template('Rectangle 1');
  const capsule = template('Flowchart: Terminator 17');
  const diamond = template('Diamond 16');
  const elbow = template('Connector: Elbow 3');
  const label = template('TextBox 34');

  const lane = (i: number): number => 2 + (i % 5);
  const decision = (i: number): boolean => i % 10 === 8;
  const anchors: string[] = [];
  for (let i = 0; i < STEPS; i += 1) {
    const row = 5 + i;
    const shape = i === 0 || i === STEPS - 1 ? capsule : decision(i) ? diamond : rect;
    anchors.push(place(shape, 1000 + i, [lane(i), row], [lane(i), row]));
    if (i + 1 < STEPS) {
      const [left, right] = [lane(i), lane(i + 1)].sort((a, b) => a - b) as [number, number];
      anchors.push(
        glue(place(elbow, 2000 + i, [left, row], [right, row + 1]), 1000 + i, 1000 + i + 1),
      );
    }
    if (decision(i)) {
      anchors.push(
        glue(place(elbow, 3000 + i, [1, row - 3], [lane(i), row]), 1000 + i, 1000 + i - 3),
      );
      anchors.push(place(label, 4000 + i, [lane(i) - 1, row - 1], [lane(i) - 1, row - 1]));
    }
  }
  const stepRow = /<row r="6".*?<\/row>/s.exec(sheet)?.[0] ?? '';
  const rows = Array.from({ length: STEPS }, (_, i) =>
    stepRow
      .replace(/r="6"/, `r="${6 + i}"`)
      .replace(/r="([A-K])6"/g, `r="$1${6 + i}"`)
      .replace('<v>1</v>', `<v>${i + 1}</v>`),
  );
  parts[SHEET] = strToU8(
    sheet.replace(
      /(<row r="5".*?<\/row>).*(<\/sheetData>)/s,
      (_m, header: string, end: string) => header + rows.join('') + end,
    ),
  );
  parts[DRAWING] = strToU8(
    drawing.replace(/<xdr:twoCellAnchor>.*<\/xdr:twoCellAnchor>/s, anchors.join('')),
  );
  return zipSync(parts);
}

function place(anchor: string, id: number, from: [number, number], to: [number, number]): string {
  return anchor
    .replace(/(<xdr:from><xdr:col>)\d+(<\/xdr:col>.*?<xdr:row>)\d+/s, `$1${from[0]}$2${from[1]}`)
    .replace(/(<xdr:to><xdr:col>)\d+(<\/xdr:col>.*?<xdr:row>)\d+/s, `$1${to[0]}$2${to[1]}`)
    .replace(/<xdr:cNvPr id="\d+"/, `<xdr:cNvPr id="${id}"`);
}

function glue(anchor: string, start: number, end: number): string {
  return anchor
    .replace(/<a:stCxn id="\d+"/, `<a:stCxn id="${start}"`)
    .replace(/<a:endCxn id="\d+"/, `<a:endCxn id="${end}"`);
}

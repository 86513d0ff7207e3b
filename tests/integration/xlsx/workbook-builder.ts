// Builds small .xlsx workbooks for tests: cells (inline strings, numbers, formulas, errors, rich
// text, bordered and filled cells), merges, page setup and DrawingML shapes/connectors, zipped
// with fflate.

import { strToU8, zipSync } from 'fflate';

export type CellSpec =
  | string
  | number
  | { formula: string; result?: string | number; error?: string }
  | { rich: string[] }
  | { date: number }
  | { text: string; look: CellLookSpec };

/** A cell's border and fill, as web SOP builders style their symbol cells. */
export type CellLookSpec = 'boxed' | 'filled' | 'boxed-filled';

/** Style index (cellXfs) of each look; 0 is plain, 1 a date. */
const LOOK_STYLES: Record<CellLookSpec, number> = { 'boxed-filled': 2, boxed: 3, filled: 4 };

export type ShapeSpec = {
  id: number;
  type?: 'sp' | 'cxnSp' | 'pic';
  prst?: string;
  name?: string;
  /** 0-based [col, row] of the top-left cell and offsets in EMU. */
  from: [number, number, number?, number?];
  to: [number, number, number?, number?];
  text?: string;
  textBox?: boolean;
  start?: number;
  end?: number;
  flipH?: boolean;
  flipV?: boolean;
  rot?: number;
  /** A picture's image part, `xl/media/<name>`, with its bytes. */
  image?: { name: string; bytes: Uint8Array };
};

export type SheetSpec = {
  name: string;
  cells: Record<string, CellSpec>;
  merges?: string[];
  shapes?: ShapeSpec[];
  paperSize?: number;
  /** Extra raw XML rows appended to sheetData (large sheets). */
  rawRows?: string;
  hidden?: boolean;
};

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function buildWorkbook(
  sheets: SheetSpec[],
  extraParts: Record<string, string> = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string): void => {
    files[path] = strToU8(xml);
  };
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  put(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetList = sheets
    .map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.hidden ? ' state="hidden"' : ''}/>`,
    )
    .join('');
  put(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheetList}</sheets></workbook>`,
  );
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  put(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="${PKG}">${rels}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  put(
    'xl/styles.xml',
    `<?xml version="1.0"?><styleSheet xmlns="${NS}"><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="0" fillId="2" borderId="1" applyFill="1" applyBorder="1"/><xf numFmtId="0" borderId="1" applyBorder="1"/><xf numFmtId="0" fillId="2" applyFill="1"/></cellXfs></styleSheet>`,
  );
  sheets.forEach((sheet, i) => {
    put(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet));
    if (sheet.shapes?.length) {
      put(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rIdD" Type="${REL}/drawing" Target="../drawings/drawing${i + 1}.xml"/></Relationships>`,
      );
      put(`xl/drawings/drawing${i + 1}.xml`, drawingXml(sheet.shapes));
      const pictures = sheet.shapes.filter((shape) => shape.image);
      if (pictures.length > 0) {
        const links = pictures.map(
          (shape) =>
            `<Relationship Id="rIdP${shape.id}" Type="${REL}/image" Target="../media/${shape.image?.name}"/>`,
        );
        put(
          `xl/drawings/_rels/drawing${i + 1}.xml.rels`,
          `<?xml version="1.0"?><Relationships xmlns="${PKG}">${links.join('')}</Relationships>`,
        );
        for (const shape of pictures) {
          if (shape.image) files[`xl/media/${shape.image.name}`] = shape.image.bytes;
        }
      }
    }
  });
  for (const [path, xml] of Object.entries(extraParts)) put(path, xml);
  return zipSync(files, { level: 1 });
}

function sheetXml(sheet: SheetSpec): string {
  const rows = new Map<number, string[]>();
  const refs = Object.keys(sheet.cells).sort((a, b) => order(a) - order(b));
  for (const ref of refs) {
    const row = Number(/\d+/.exec(ref)?.[0]);
    const cells = rows.get(row) ?? [];
    cells.push(cellXml(ref, sheet.cells[ref] as CellSpec));
    rows.set(row, cells);
  }
  const rowXml = [...rows]
    .sort(([a], [b]) => a - b)
    .map(([r, cells]) => `<row r="${r}">${cells.join('')}</row>`)
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  const page = sheet.paperSize
    ? `<pageSetup paperSize="${sheet.paperSize}" orientation="landscape"/>`
    : '';
  const drawing = sheet.shapes?.length ? '<drawing r:id="rIdD"/>' : '';
  return `<?xml version="1.0"?><worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="30" width="20" customWidth="1"/></cols><sheetData>${rowXml}${sheet.rawRows ?? ''}</sheetData>${merges}${page}${drawing}</worksheet>`;
}

function order(ref: string): number {
  const col = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return (
    Number(/\d+/.exec(ref)?.[0]) * 1000 +
    [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
  );
}

function cellXml(ref: string, value: CellSpec): string {
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === 'string') {
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
  }
  if ('rich' in value) {
    const runs = value.rich.map(
      (text) => `<r><rPr><b/></rPr><t xml:space="preserve">${esc(text)}</t></r>`,
    );
    return `<c r="${ref}" t="inlineStr"><is>${runs.join('')}</is></c>`;
  }
  if ('date' in value) return `<c r="${ref}" s="1"><v>${value.date}</v></c>`;
  if ('look' in value) {
    return `<c r="${ref}" s="${LOOK_STYLES[value.look]}" t="inlineStr"><is><t xml:space="preserve">${esc(value.text)}</t></is></c>`;
  }
  if (value.error)
    return `<c r="${ref}" t="e"><f>${esc(value.formula)}</f><v>${value.error}</v></c>`;
  if (typeof value.result === 'string') {
    return `<c r="${ref}" t="str"><f>${esc(value.formula)}</f><v>${esc(value.result)}</v></c>`;
  }
  return `<c r="${ref}"><f>${esc(value.formula)}</f>${value.result === undefined ? '' : `<v>${value.result}</v>`}</c>`;
}

function drawingXml(shapes: ShapeSpec[]): string {
  const anchors = shapes.map((shape) => {
    const [fc, fr, fco = 0, fro = 0] = shape.from;
    const [tc, tr, tco = 0, tro = 0] = shape.to;
    const marker = (tag: string, c: number, co: number, r: number, ro: number): string =>
      `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>${co}</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>${ro}</xdr:rowOff></xdr:${tag}>`;
    const xfrmAttrs = `${shape.flipH ? ' flipH="1"' : ''}${shape.flipV ? ' flipV="1"' : ''}${shape.rot ? ` rot="${shape.rot}"` : ''}`;
    const spPr = `<xdr:spPr><a:xfrm${xfrmAttrs}><a:off x="0" y="0"/><a:ext cx="1" cy="1"/></a:xfrm><a:prstGeom prst="${shape.prst ?? 'rect'}"><a:avLst/></a:prstGeom></xdr:spPr>`;
    const name = esc(shape.name ?? `Shape ${shape.id}`);
    let body: string;
    if (shape.type === 'cxnSp') {
      const glue = `${shape.start ? `<a:stCxn id="${shape.start}" idx="2"/>` : ''}${shape.end ? `<a:endCxn id="${shape.end}" idx="0"/>` : ''}`;
      body = `<xdr:cxnSp><xdr:nvCxnSpPr><xdr:cNvPr id="${shape.id}" name="${name}"/><xdr:cNvCxnSpPr>${glue}</xdr:cNvCxnSpPr></xdr:nvCxnSpPr>${spPr}</xdr:cxnSp>`;
    } else if (shape.type === 'pic') {
      const blip = shape.image ? `<a:blip xmlns:r="${REL}" r:embed="rIdP${shape.id}"/>` : '';
      body = `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${shape.id}" name="${name}"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill>${blip}</xdr:blipFill>${spPr}</xdr:pic>`;
    } else {
      const text = shape.text
        ? `<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>${esc(shape.text)}</a:t></a:r></a:p></xdr:txBody>`
        : '';
      body = `<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="${shape.id}" name="${name}"/><xdr:cNvSpPr${shape.textBox ? ' txBox="1"' : ''}/></xdr:nvSpPr>${spPr}${text}</xdr:sp>`;
    }
    return `<xdr:twoCellAnchor>${marker('from', fc, fco, fr, fro)}${marker('to', tc, tco, tr, tro)}${body}<xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join('')}</xdr:wsDr>`;
}

/** A symbol box filling the middle of one cell (0-based column and row). */
export function box(id: number, col: number, row: number, prst = 'flowChartProcess'): ShapeSpec {
  return { id, prst, from: [col, row, 300_000, 40_000], to: [col, row, 1_000_000, 150_000] };
}

/** A connector glued from one shape to another (its anchor spans the two cells). */
export function arrow(
  id: number,
  start: number,
  end: number,
  from: [number, number],
  to: [number, number],
): ShapeSpec {
  const [left, right] = from[0] <= to[0] ? [from[0], to[0]] : [to[0], from[0]];
  const [top, bottom] = from[1] <= to[1] ? [from[1], to[1]] : [to[1], from[1]];
  return {
    id,
    type: 'cxnSp',
    prst: 'bentConnector3',
    start,
    end,
    from: [left, top, 600_000, 150_000],
    to: [right, bottom, 600_000, 40_000],
    // As Excel writes it: a connector drawn leftwards or upwards is flipped.
    flipH: to[0] < from[0],
    flipV: to[1] < from[1],
  };
}

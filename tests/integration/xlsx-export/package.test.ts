// What the exported package holds: sheets, drawing parts glued to their shapes, page setup with
// paper, print titles and the PDF's page breaks, column widths and row heights from the layout,
// the footer and the print settings name.

import { describe, expect, it, vi } from 'vitest';
import { arimoMeasurer, defaultLayoutSettings, layoutSop } from '../../../shared/layout';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { columnPixels } from '../../../electron/services/ooxml/units';
import { footer } from '../../../electron/services/xlsx-export/workbook';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { parseXmlText } from '../../../electron/services/ooxml/xml';
import { all, corpusDoc, part, parts, syntheticDoc, tinyPng } from './helpers';
import { differences } from './compare';

const DECISIONS = '28-kegiatan-peringatan-hari-ibu';

function flowPages(name: string) {
  const doc = corpusDoc(name);
  const layout = layoutSop(
    doc,
    { ...defaultLayoutSettings(doc), identityPage: false },
    arimoMeasurer,
  );
  return { doc, pages: layout.pages.filter((p) => p.kind === 'flowchart') };
}

describe('exported package', () => {
  it('has an identity and a flowchart sheet with the drawing wired in', async () => {
    const files = parts(await exportWorkbook([{ document: corpusDoc(DECISIONS) }]));
    const workbook = part(files, 'xl/workbook.xml');
    expect(all(workbook, /<sheet [^>]*name="([^"]+)"/)).toEqual(['Identitas', 'Diagram Alir']);
    const types = part(files, '[Content_Types].xml');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const sheet = part(files, 'xl/worksheets/sheet2.xml');
    const relId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
    expect(relId).toBeDefined();
    const rels = part(files, 'xl/worksheets/_rels/sheet2.xml.rels');
    expect(rels).toMatch(new RegExp(`Id="${relId}"[^>]*Target="../drawings/drawing1.xml"`));
    // The drawing element sits after the page setup, as the schema orders them.
    expect(sheet.indexOf('<drawing')).toBeGreaterThan(sheet.indexOf('<pageSetup'));
  });

  it('writes only well-formed XML parts', async () => {
    const doc = syntheticDoc();
    doc.identity.logo = { mime: 'image/png', data: tinyPng() };
    const files = parts(
      await exportWorkbook([{ document: doc }, { document: corpusDoc(DECISIONS) }]),
    );
    expect(files.size).toBeGreaterThan(10);
    for (const [name, text] of files) {
      expect(() => parseXmlText(text, name), name).not.toThrow();
    }
  });

  it('gives the same bytes for the same documents and creation time', async () => {
    const created = new Date('2026-01-02T03:04:05Z');
    // The clock moves between the two exports; nothing of it may reach the bytes. The real clock
    // comes back even when an export throws, so later tests do not run on a frozen date.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-05-06T07:08:09Z') });
    try {
      const first = await exportWorkbook([{ document: corpusDoc(DECISIONS) }], { created });
      vi.setSystemTime(new Date('2027-08-09T10:11:12Z'));
      const second = await exportWorkbook([{ document: corpusDoc(DECISIONS) }], { created });
      expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws one shape per layout symbol, named like Excel names them', async () => {
    const { doc, pages } = flowPages(DECISIONS);
    const symbols = pages.flatMap((p) => p.primitives.filter((q) => q.kind === 'symbol'));
    const drawing = part(
      parts(await exportWorkbook([{ document: doc }])),
      'xl/drawings/drawing1.xml',
    );
    const presets = all(drawing, /<a:prstGeom prst="(flowChart\w+)"/);
    const count = (shape: string): number =>
      symbols.filter((s) => s.kind === 'symbol' && s.shape === shape).length;
    expect(presets.filter((p) => p === 'flowChartTerminator')).toHaveLength(count('terminator'));
    expect(presets.filter((p) => p === 'flowChartProcess')).toHaveLength(count('process'));
    expect(presets.filter((p) => p === 'flowChartDecision')).toHaveLength(count('decision'));
    expect(presets.filter((p) => p === 'flowChartOffpageConnector')).toHaveLength(
      count('connector'),
    );
    expect(count('decision')).toBe(3);
    expect(count('connector')).toBe(4);
    for (const name of all(drawing, /<xdr:cNvPr id="\d+" name="(Flowchart: [^"]+)"/)) {
      expect(name).toMatch(/^Flowchart: (Terminator|Process|Decision|Off-page Connector) \d+$/);
    }
    // Pentagon pairs carry the same letter.
    const letters = all(drawing, /prst="flowChartOffpageConnector"[\s\S]*?<a:t>([^<]*)<\/a:t>/);
    expect(letters.sort()).toEqual(['A', 'A', 'B', 'B']);
  });

  it('glues every arrow at both ends to shapes that exist, with an arrow head', async () => {
    const { doc, pages } = flowPages(DECISIONS);
    const arrows = pages.flatMap((p) => p.primitives.filter((q) => q.kind === 'arrow'));
    const drawing = part(
      parts(await exportWorkbook([{ document: doc }])),
      'xl/drawings/drawing1.xml',
    );
    const shapeIds = new Set(all(drawing, /<xdr:sp [^>]*><xdr:nvSpPr><xdr:cNvPr id="(\d+)"/));
    const connectors = drawing.match(/<xdr:cxnSp[\s\S]*?<\/xdr:cxnSp>/g) ?? [];
    expect(connectors).toHaveLength(arrows.length);
    for (const connector of connectors) {
      const start = /<a:stCxn id="(\d+)" idx="([0-3])"\/>/.exec(connector);
      const end = /<a:endCxn id="(\d+)" idx="([0-3])"\/>/.exec(connector);
      expect(start && shapeIds.has(start[1] ?? '')).toBe(true);
      expect(end && shapeIds.has(end[1] ?? '')).toBe(true);
    }
    // Elbows: a freeform path with the head, grouped with its glued connector.
    const groups = drawing.match(/<xdr:grpSp>[\s\S]*?<\/xdr:grpSp>/g) ?? [];
    const elbows = arrows.filter((a) => a.kind === 'arrow' && a.points.length > 2);
    expect(groups).toHaveLength(elbows.length);
    for (const group of groups) {
      expect(group).toMatch(/<a:custGeom>[\s\S]*<a:tailEnd type="triangle"/);
      expect(group).toContain('<xdr:cxnSp');
    }
    const straight = connectors.filter((c) => !groups.some((g) => g.includes(c)));
    for (const c of straight) expect(c).toContain('<a:tailEnd type="triangle"');
    // Ya/Tidak as text boxes.
    const labels = all(drawing, /txBox="1"[\s\S]*?<a:t>([^<]*)<\/a:t>/);
    expect(labels.sort()).toEqual(['Tidak', 'Tidak', 'Tidak', 'Ya', 'Ya', 'Ya']);
  });

  it('sets up pages: paper, landscape, fit to width, print titles, breaks where the PDF breaks', async () => {
    const { doc, pages } = flowPages(DECISIONS);
    const files = parts(await exportWorkbook([{ document: doc }]));
    const sheet = part(files, 'xl/worksheets/sheet2.xml');
    expect(sheet).toMatch(/<pageSetup[^>]*paperSize="14"/);
    expect(sheet).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(sheet).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    const breaks = all(sheet, /<brk id="(\d+)"[^>]*man="1"/).map(Number);
    expect(breaks).toHaveLength(pages.length - 1);
    // Each break falls after the last row of a PDF page: the first step of the next page follows.
    const rows = new Map(
      all(sheet, /(<row r="\d+"[\s\S]*?<\/row>)/).map((row) => [
        Number(/r="(\d+)"/.exec(row)?.[1]),
        row,
      ]),
    );
    const strings = all(part(files, 'xl/sharedStrings.xml'), /<si><t[^>]*>([^<]*)<\/t><\/si>/);
    breaks.forEach((row, i) => {
      const nextFirstStep = doc.steps.findIndex((s) => s.id === pages[i + 1]?.rows[0]?.stepId);
      let next = row + 1;
      while (!/<c r="A\d+"[^>]*><v>/.test(rows.get(next) ?? '')) next += 1;
      expect(/<c r="A\d+"[^>]*><v>(\d+)<\/v>/.exec(rows.get(next) ?? '')?.[1]).toBe(
        String(nextFirstStep + 1),
      );
    });
    expect(strings).toContain('Kegiatan');
    const workbook = part(files, 'xl/workbook.xml');
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Diagram Alir&apos;!\$1:\$2<\/definedName>/,
    );
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="1">/);
  });

  it('takes column widths and row heights from the layout', async () => {
    const { doc, pages } = flowPages(DECISIONS);
    const first = pages[0];
    const sheet = part(
      parts(await exportWorkbook([{ document: doc }])),
      'xl/worksheets/sheet2.xml',
    );
    const widths = all(sheet, /<col [^>]*width="([\d.]+)"/).map(Number);
    expect(widths).toHaveLength(doc.executors.length + 6);
    const totalPx = widths.reduce((sum, w) => sum + columnPixels(w), 0);
    expect(Math.abs(totalPx - ((first?.table?.width ?? 0) * 96) / 72)).toBeLessThan(1.5);
    const heights = new Map(
      all(sheet, /<row ([^>]*)>/).map((attrs) => [
        Number(/r="(\d+)"/.exec(attrs)?.[1]),
        Number(/ht="([\d.]+)"/.exec(attrs)?.[1]),
      ]),
    );
    // Step 1 is sheet row 3 (after the two header rows).
    const row = first?.rows[0];
    expect(Math.abs((heights.get(3) ?? 0) - (row?.box.height ?? 0))).toBeLessThanOrEqual(0.375);
  });

  it('keeps the print settings in a hidden name on the flowchart sheet', async () => {
    const doc = corpusDoc('70-lomba-perempuan-inspiratif-bekasi');
    doc.print.coordination.push('Kepala Bagian "Organisasi" & Tata Laksana'.repeat(8));
    const workbook = part(parts(await exportWorkbook([{ document: doc }])), 'xl/workbook.xml');
    const value =
      /<definedName name="SOP_Cetak" localSheetId="1" hidden="1">([^<]*)<\/definedName>/.exec(
        workbook,
      )?.[1] ?? '';
    const formula = value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    // Over 255 characters: split into string constants Excel accepts.
    const pieces = formula.split('&').reduce<string[]>((out, piece) => {
      // A piece ends where its quotes balance; an & inside the text joins with the next one.
      const last = out[out.length - 1];
      if (last !== undefined && (last.match(/"/g) ?? []).length % 2 === 1)
        out[out.length - 1] = `${last}&${piece}`;
      else out.push(piece);
      return out;
    }, []);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces)
      expect(piece.replace(/^"|"$/g, '').replace(/""/g, '"').length).toBeLessThanOrEqual(255);
    const json = pieces.map((p) => p.replace(/^"|"$/g, '').replace(/""/g, '"')).join('');
    expect(JSON.parse(json)).toEqual(doc.print);
  });

  it('prints the Paraf Koordinasi line and the page number in the footer', async () => {
    const doc = corpusDoc('70-lomba-perempuan-inspiratif-bekasi');
    const sheet = part(
      parts(await exportWorkbook([{ document: doc }])),
      'xl/worksheets/sheet2.xml',
    );
    const text = (/<oddFooter>([^<]*)<\/oddFooter>/.exec(sheet)?.[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(text).toContain('Paraf Koordinasi: Kabag Organisasi ……   Kabid PUGPPKK ……');
    expect(text).toContain('&R&"Arial"&8Halaman &P dari &N');
  });

  it('keeps the footer within the 255 characters Excel accepts, & written as &&', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Kepala Bidang & Seksi ${i + 1}`);
    const text = footer(long);
    expect(text.length).toBeLessThanOrEqual(255);
    expect(text).toContain('Kepala Bidang && Seksi 1 ……');
    expect(text).not.toContain('Seksi 30');
    expect(footer([])).toBe('&R&"Arial"&8Halaman &P dari &N');
  });

  it('writes A4 as 9 and Legal as 5', async () => {
    for (const [paper, code] of [
      ['A4', '9'],
      ['Legal', '5'],
    ] as const) {
      const doc = corpusDoc('02-jambore-imp');
      doc.print.paper = paper;
      const sheet = part(
        parts(await exportWorkbook([{ document: doc }])),
        'xl/worksheets/sheet2.xml',
      );
      expect(sheet).toMatch(new RegExp(`<pageSetup[^>]*paperSize="${code}"`));
    }
  });

  it('puts the logo on the identity sheet as a picture', async () => {
    const doc = corpusDoc('02-jambore-imp');
    doc.identity.logo = { mime: 'image/png', data: tinyPng() };
    const bytes = await exportWorkbook([{ document: doc }]);
    const files = parts(bytes);
    expect(part(files, 'xl/drawings/drawing1.xml')).toContain('<xdr:pic>');
    expect(part(files, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('../media/image1.png');
    expect(part(files, '[Content_Types].xml')).toMatch(/Extension="png"/);
    // The document comes back, its logo included.
    const back = (await importWorkbook(bytes)).sops[0]?.document;
    expect(back && differences(doc, back)).toEqual([]);
  });
});

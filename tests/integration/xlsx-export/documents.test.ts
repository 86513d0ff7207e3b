// Documents through the export and back through the importer: the bureau workbook with its Daftar
// SOP register, and SOPs beyond the corpus (joint steps, custom labels, loops, odd characters,
// empty tables, long texts, the legend).

import { describe, expect, it } from 'vitest';
import { arimoMeasurer, defaultLayoutSettings, layoutSop } from '../../../shared/layout';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { all, corpusDoc, part, parts, syntheticDoc } from './helpers';
import { differences } from './compare';
import { MAX_WORKBOOK_SOPS } from '../../../shared/limits';

describe('bureau workbook', () => {
  const names = ['02-jambore-imp', '01-pembinaan-kelana-katingan', '11-festival-kampung-kb'];

  it('has Daftar SOP and a pair of sheets per SOP, and imports back to the same SOPs', async () => {
    const docs = names.map(corpusDoc);
    const bytes = await exportWorkbook([
      { document: docs[0] ?? corpusDoc(names[0] ?? ''), status: 'Berlaku', revision: '2' },
      { document: docs[1] ?? corpusDoc(names[1] ?? '') },
      { document: docs[2] ?? corpusDoc(names[2] ?? ''), status: 'Dicabut' },
    ]);
    const files = parts(bytes);
    expect(all(part(files, 'xl/workbook.xml'), /<sheet [^>]*name="([^"]+)"/)).toEqual([
      'Daftar SOP',
      '01 Identitas',
      '01 Diagram Alir',
      '02 Identitas',
      '02 Diagram Alir',
      '03 Identitas',
      '03 Diagram Alir',
    ]);
    const result = await importWorkbook(bytes);
    expect(result.sops).toHaveLength(3);
    result.sops.forEach((sop, i) => {
      const doc = docs[i];
      expect(doc && differences(doc, sop.document)).toEqual([]);
    });
    expect(result.notes.map((n) => n.sheet)).toContain('Daftar SOP');
  });

  it('lists number, name, unit, effective date, status and revision, Draf and - by default', async () => {
    const docs = names.map(corpusDoc);
    const bytes = await exportWorkbook(
      docs.map((document, i) =>
        i === 0 ? { document, status: 'Berlaku', revision: '2' } : { document },
      ),
    );
    const files = parts(bytes);
    const strings = all(part(files, 'xl/sharedStrings.xml'), /<si><t[^>]*>([^<]*)<\/t><\/si>/);
    const sheet = part(files, 'xl/worksheets/sheet1.xml');
    const text = (ref: string): string => {
      const cell = new RegExp(`<c r="${ref}"[^>]*t="s"[^>]*><v>(\\d+)</v>`).exec(sheet);
      return cell ? (strings[Number(cell[1])] ?? '') : '';
    };
    expect(['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'G2'].map(text)).toEqual([
      'No',
      'Nomor SOP',
      'Nama SOP',
      'Unit Kerja',
      'Tanggal Efektif',
      'Status',
      'Revisi',
    ]);
    const first = docs[0];
    expect(text('B3')).toBe(first?.identity.number);
    expect(text('C3')).toBe(first?.identity.name);
    expect(text('E3')).toBe(first?.identity.effectiveDate);
    expect([text('F3'), text('G3'), text('F4'), text('G4')]).toEqual(['Berlaku', '2', 'Draf', '-']);
  });
});

describe('documents beyond the corpus', () => {
  it('joint steps, custom exit labels, jumps and escaped characters come back equal', async () => {
    const doc = syntheticDoc();
    const result = await importWorkbook(await exportWorkbook([{ document: doc }]));
    const back = result.sops[0];
    expect(back && differences(doc, back.document)).toEqual([]);
  });

  it('keeps step 1 when one of its Mutu Baku texts is a header word (Output "Hasil")', async () => {
    const doc = corpusDoc('02-jambore-imp');
    const first = doc.steps[0];
    if (first) first.output = 'Hasil';
    const back = (await importWorkbook(await exportWorkbook([{ document: doc }]))).sops[0];
    expect(back?.document.steps.length).toBe(doc.steps.length);
    expect(back && differences(doc, back.document)).toEqual([]);
  });

  it('a decision whose Ya loops back and Tidak goes on keeps its exits, though back arrows cross its labels', async () => {
    // Step 3's Ya/Tidak text boxes lie inside the bounding box of step 4's back arrow to step 2.
    const doc = corpusDoc('12-menyusun-rencana-kegiatan-kesertaan-kb');
    const decision = doc.steps[2];
    if (decision) {
      decision.yes = 's2';
      decision.no = null;
    }
    const back = (await importWorkbook(await exportWorkbook([{ document: doc }]))).sops[0];
    expect(back && differences(doc, back.document)).toEqual([]);
    expect(back?.report.warnings).toEqual([]);
  });

  it('keeps control characters and _xHHHH_ look-alikes in cell texts as written', async () => {
    const doc = corpusDoc('02-jambore-imp');
    const step = doc.steps[1];
    if (step) {
      step.activity = 'baris\u0001satu _x0041_ tetap';
      step.notes = 'akhir\uFFFE';
    }
    const executor = doc.executors[0];
    if (executor) executor.name = 'Staf_x005F_';
    const back = (await importWorkbook(await exportWorkbook([{ document: doc }]))).sops[0];
    expect(back && differences(doc, back.document)).toEqual([]);
  });

  it('a joint first step keeps its entry executor first though it is not the leftmost', async () => {
    // No arrow enters step 1: the joining lines, drawn away from the entry, say which lane it is.
    const doc = corpusDoc('02-jambore-imp');
    for (const [index, executors] of [
      [0, ['e3', 'e1']],
      [3, ['e4', 'e2', 'e1']],
      [6, ['e3', 'e4', 'e1']],
    ] as const) {
      const step = doc.steps[index];
      if (step) step.executors = [...executors];
    }
    const back = (await importWorkbook(await exportWorkbook([{ document: doc }]))).sops[0];
    expect(back?.document.steps.map((s) => s.executors)).toEqual(doc.steps.map((s) => s.executors));
    expect(back && differences(doc, back.document)).toEqual([]);
  });

  it('exports as many SOPs as the importer reads back, and refuses more with a message', async () => {
    const doc = corpusDoc('02-jambore-imp');
    const entries = Array.from({ length: MAX_WORKBOOK_SOPS }, () => ({ document: doc }));
    const result = await importWorkbook(await exportWorkbook(entries));
    expect(result.sops).toHaveLength(MAX_WORKBOOK_SOPS);
    expect(differences(doc, result.sops.at(-1)?.document ?? doc)).toEqual([]);
    expect(result.notes.map((n) => n.message).join('\n')).not.toContain('hanya');
    await expect(exportWorkbook([...entries, { document: doc }])).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining(`paling banyak ${MAX_WORKBOOK_SOPS} SOP`),
    });
  });

  it('refuses an empty selection with a message in Indonesian', async () => {
    await expect(exportWorkbook([])).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('Pilih'),
    });
  });

  it('exports an SOP without steps and one without executors', async () => {
    const empty = corpusDoc('02-jambore-imp');
    empty.steps = [];
    const noExecutors = corpusDoc('02-jambore-imp');
    noExecutors.executors = [];
    noExecutors.steps = noExecutors.steps.map((s) => ({ ...s, executors: [] }));
    for (const doc of [empty, noExecutors]) {
      const bytes = await exportWorkbook([{ document: doc }]);
      const files = parts(bytes);
      expect(all(part(files, 'xl/workbook.xml'), /<sheet [^>]*name="([^"]+)"/)).toEqual([
        'Identitas',
        'Diagram Alir',
      ]);
      const back = (await importWorkbook(bytes)).sops[0]?.document;
      expect(back && differences(doc, back)).toEqual([]);
    }
  });

  it('leaves the symbol legend below the table out of the drawing', async () => {
    const doc = corpusDoc('02-jambore-imp');
    doc.steps = doc.steps.slice(0, 3);
    doc.print.legend = true;
    const layout = layoutSop(
      doc,
      { ...defaultLayoutSettings(doc), identityPage: false },
      arimoMeasurer,
    );
    // The legend shares the flowchart page, below the table.
    expect(layout.pages.map((p) => p.kind)).toEqual(['flowchart']);
    const symbols =
      layout.pages[0]?.primitives.filter((q) => q.kind === 'symbol' && q.stepId !== null) ?? [];
    const bytes = await exportWorkbook([{ document: doc }]);
    const drawing = part(parts(bytes), 'xl/drawings/drawing1.xml');
    expect(all(drawing, /<a:prstGeom prst="(flowChart\w+)"/)).toHaveLength(symbols.length);
    const back = (await importWorkbook(bytes)).sops[0];
    expect(back && differences(doc, back.document)).toEqual([]);
    expect(back?.report.warnings).toEqual([]);
  });

  it('keeps very long texts whole in the cells even when the PDF row cuts them', async () => {
    const doc = corpusDoc('02-jambore-imp');
    const long = Array.from({ length: 400 }, (_, i) => `kata${i}`).join(' ');
    const step = doc.steps[1];
    if (step) step.activity = long;
    const back = (await importWorkbook(await exportWorkbook([{ document: doc }]))).sops[0]
      ?.document;
    expect(back?.steps[1]?.activity).toBe(long);
  });
});

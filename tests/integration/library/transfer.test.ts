// Import and export of `.sop.json`: every corpus SOP comes back byte for byte, unknown fields
// included; bad files are refused without adding anything.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SopError } from '../../../shared/errors';
import { parseSopJson, serializeSop } from '../../../shared/model';
import { corpusFiles, corpusText, openTestLibrary, tempDir } from './helpers';

/** The code of the SopError that `action` throws; anything else fails the test. */
function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof SopError) return error.code;
    throw error;
  }
  throw new Error('accepted');
}

describe('import and export', () => {
  it('gives back every corpus SOP byte for byte, from the draft and from the first revision', () => {
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const files = corpusFiles();
    expect(files.length).toBeGreaterThanOrEqual(60);
    const imported = files.map((file) => [file, library.importFile(file).summary.id] as const);
    library.close();
    const reopened = openTestLibrary(dir);
    for (const [file, id] of imported) {
      const original = fs.readFileSync(file, 'utf8');
      expect(reopened.exportText(id)).toBe(original);
      expect(reopened.exportText(id, 1)).toBe(original);
      const out = path.join(dir, `${id}.sop.json`);
      reopened.exportFile(id, out);
      expect(fs.readFileSync(out, 'utf8')).toBe(original);
    }
  });

  it('keeps unknown fields at every level', () => {
    const library = openTestLibrary();
    const doc = JSON.parse(corpusText('02-jambore-imp.sop.json'));
    doc.futureTopLevel = { nested: [1, 'dua'] };
    doc.identity.kodeKlasifikasi = '800';
    doc.steps[0].warnaBaris = '#ffeeaa';
    doc.print.watermark = false;
    const text = serializeSop(parseSopJson(JSON.stringify(doc)));
    const { summary } = library.importText(text, 'masa-depan.sop.json');
    expect(library.exportText(summary.id)).toBe(text);
    expect(library.revisions(summary.id)[0]!.note).toBe('Diimpor dari masa-depan.sop.json');
  });

  it('refuses bad files without adding an SOP', () => {
    const dir = tempDir();
    const library = openTestLibrary();
    const cases: [string, string, string][] = [
      ['rusak.sop.json', 'invalid-json', '{"format": "sop-ap", "version": 1, "identity": '],
      ['lain.sop.json', 'unknown-format', '{"format": "lain"}'],
      ['baru.sop.json', 'unknown-version', '{"format": "sop-ap", "version": 9}'],
      [
        'ref.sop.json',
        'invalid-document',
        corpusText('02-jambore-imp.sop.json').replace(
          '"executors": [\n        "e',
          '"executors": [\n        "zz',
        ),
      ],
    ];
    for (const [name, code, text] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      expect(
        refusal(() => library.importFile(file)),
        name,
      ).toBe(code);
    }
    expect(() => library.importFile(path.join(dir, 'tidak-ada.sop.json'))).toThrow(
      /tidak dapat dibaca/,
    );
    const huge = path.join(dir, 'besar.sop.json');
    fs.writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 32));
    expect(() => library.importFile(huge)).toThrow(/terlalu besar/);
    expect(library.list().total).toBe(0);
  });

  it('exports a chosen revision and reports a folder that cannot be written', () => {
    const dir = tempDir();
    const library = openTestLibrary();
    const { summary } = library.importText(corpusText('03-pembentukan-poktan.sop.json'));
    library.rename(summary.id, 'Nama Baru');
    expect(parseSopJson(library.exportText(summary.id)).identity.name).toBe('Nama Baru');
    expect(library.exportText(summary.id, 1)).toBe(corpusText('03-pembentukan-poktan.sop.json'));
    const error = (() => {
      try {
        library.exportFile(summary.id, path.join(dir, 'tidak', 'ada', 'x.sop.json'));
      } catch (caught) {
        return caught as SopError;
      }
    })();
    expect(error?.code).toBe('io');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

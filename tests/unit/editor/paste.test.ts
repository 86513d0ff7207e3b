import { describe, expect, it } from 'vitest';
import { dropNumberColumn, pasteCells, pasteRows } from '../../../renderer/src/state/actions/paste';
import { parseTsv } from '../../../renderer/src/state/clipboard';
import { activities, docWith, stepById } from './helpers';

describe('pasteRows', () => {
  it('turns five rows from Word into five steps with the text columns mapped', () => {
    const text = [
      'Menerima surat\tSurat\t5 menit\tAgenda\t',
      'Memeriksa surat\tAgenda\t10 menit\tDisposisi\tcatatan',
      'Mendisposisi\tDisposisi\t15 menit\tLembar disposisi\t',
      'Menindaklanjuti\tLembar disposisi\t1 jam\tKonsep\t',
      'Mengarsipkan\tKonsep\t5 menit\tArsip\t',
    ].join('\n');
    const doc = docWith([{ activity: 'A' }]);
    const next = pasteRows(doc, 1, parseTsv(text));
    expect(activities(next)).toEqual([
      'A',
      'Menerima surat',
      'Memeriksa surat',
      'Mendisposisi',
      'Menindaklanjuti',
      'Mengarsipkan',
    ]);
    expect(next.steps[2]).toMatchObject({
      id: 's3',
      requirements: 'Agenda',
      time: '10 menit',
      output: 'Disposisi',
      notes: 'catatan',
      executors: [],
    });
    expect(new Set(next.steps.map((s) => s.id)).size).toBe(6);
  });

  it('detects and drops a leading number column, and skips blank rows', () => {
    const doc = docWith([]);
    const next = pasteRows(doc, 0, parseTsv('1.\tSatu\n\t\n2.\tDua\n'));
    expect(activities(next)).toEqual(['Satu', 'Dua']);
  });

  it('maps wide rows to the executor columns and reads their marks as symbols', () => {
    // Kegiatan, Staf, Kasi, Kabid, Kelengkapan, Waktu, Output, Keterangan
    const rows = parseTsv('Mulai\tKapsul\t\t\tBerkas\t5 menit\tBerkas\t\nPeriksa\t\tX\tv\t\t\t\t');
    const next = pasteRows(docWith([]), 0, rows);
    expect(next.steps[0]).toMatchObject({
      executors: ['e1'],
      symbol: 'terminator',
      requirements: 'Berkas',
      time: '5 menit',
    });
    expect(next.steps[1]).toMatchObject({ executors: ['e2', 'e3'], symbol: 'process' });
  });

  it('does nothing for an empty clipboard', () => {
    const doc = docWith([{ activity: 'A' }]);
    expect(pasteRows(doc, 0, [])).toBe(doc);
    expect(pasteRows(doc, 0, [['', ' ']])).toBe(doc);
  });
});

describe('dropNumberColumn', () => {
  it('keeps a first column that is text, or a single column of numbers', () => {
    expect(dropNumberColumn([['Satu', 'x']])).toEqual([['Satu', 'x']]);
    expect(dropNumberColumn([['1'], ['2']])).toEqual([['1'], ['2']]);
  });
});

describe('pasteCells', () => {
  const doc = () =>
    docWith([
      { activity: 'A', executors: ['e1'], time: '1 jam' },
      { activity: 'B', executors: ['e2'] },
    ]);

  it('fills a range from the focused cell following the column order', () => {
    const next = pasteCells(doc(), 0, 'time', [
      ['5 menit', 'Surat'],
      ['10 menit', 'Agenda'],
    ]);
    expect(stepById(next, 's1')).toMatchObject({ time: '5 menit', output: 'Surat' });
    expect(stepById(next, 's2')).toMatchObject({ time: '10 menit', output: 'Agenda' });
  });

  it('adds steps for rows beyond the last one', () => {
    const next = pasteCells(doc(), 1, 'activity', [['B2'], ['C'], ['D']]);
    expect(activities(next)).toEqual(['A', 'B2', 'C', 'D']);
    expect(next.steps.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('places and clears symbols through executor columns', () => {
    const next = pasteCells(doc(), 0, 'exec:e1', [
      ['', 'Belah ketupat'],
      ['Kotak', ''],
    ]);
    expect(stepById(next, 's1')).toMatchObject({ executors: ['e2'], symbol: 'decision' });
    expect(stepById(next, 's2')).toMatchObject({ executors: ['e1'] });
  });

  it('ignores text past the last column and an unknown start column', () => {
    const d = doc();
    const next = pasteCells(d, 0, 'notes', [['catatan', 'lebih', 'lagi']]);
    expect(stepById(next, 's1').notes).toBe('catatan');
    expect(pasteCells(d, 0, 'exec:e9', [['x']])).toBe(d);
  });
});

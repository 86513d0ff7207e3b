// Identity checks (empty items, NIP, creation after effective date) and the date reader they use.
import { describe, expect, it } from 'vitest';
import { compareDates, parseIndonesianDate, runChecks, type RuleId } from '../../../shared/rules';
import { cleanDoc } from './docs';

const found = (doc: ReturnType<typeof cleanDoc>, id: RuleId) =>
  runChecks(doc).findings.filter((finding) => finding.id === id);

describe('parseIndonesianDate', () => {
  it.each([
    ['4 Januari 2021', [2021, 1, 4]],
    ['24 Agustus 2018', [2018, 8, 24]],
    ['24 Agustus2018', [2018, 8, 24]],
    ['24Agustus2018', [2018, 8, 24]],
    ['17 Maret2021', [2021, 3, 17]],
    ['06-Juni-2023', [2023, 6, 6]],
    ['24/08/2018', [2018, 8, 24]],
    ['24-08-2018', [2018, 8, 24]],
    ['2018-08-24', [2018, 8, 24]],
    ['1 Mei 2020', [2020, 5, 1]],
    ['7 Sept. 2022', [2022, 9, 7]],
    ['Wednesday, September 7, 2022', [2022, 9, 7]],
    ['4 Januari 2021 s.d 31 Desember 2021', [2021, 1, 4]],
  ])('reads %j', (text, [year, month, day]) => {
    expect(parseIndonesianDate(text)).toEqual({ year, month, day });
  });

  it.each([
    '',
    '-',
    '0',
    'x',
    'Januari 2020',
    'Septemebr 2023',
    '… September 2023',
    '31 Februari 2021',
    '24/13/2018',
    'besok',
    '4 Januari 21',
  ])('gives null for %j', (text) => {
    expect(parseIndonesianDate(text)).toBeNull();
  });

  it('orders dates', () => {
    const a = { year: 2021, month: 1, day: 4 };
    expect(compareDates(a, { year: 2021, month: 1, day: 5 })).toBeLessThan(0);
    expect(compareDates(a, { ...a })).toBe(0);
    expect(compareDates({ year: 2022, month: 1, day: 1 }, a)).toBeGreaterThan(0);
  });
});

describe('identity checks', () => {
  it('finds nothing to report on a complete identity', () => {
    expect(runChecks(cleanDoc()).findings.filter((f) => f.location.kind === 'identity')).toEqual(
      [],
    );
  });

  it('grades empty items: the name is an error, signing items warnings, optional lists hints', () => {
    const doc = cleanDoc();
    Object.assign(doc.identity, {
      name: ' ',
      number: '',
      unit: '',
      relatedSops: [' '],
      legalBasis: [],
      revisionDate: '',
    });
    doc.identity.approvedBy = { title: 'Kepala Dinas', name: '', nip: '' };
    const empty = found(doc, 'identity-empty').map((f) => [
      f.location.kind === 'identity' ? f.location.field : '',
      f.severity,
    ]);
    expect(empty).toEqual([
      ['unit', 'hint'],
      ['number', 'warning'],
      ['approvedBy.name', 'warning'],
      ['approvedBy.nip', 'hint'],
      ['name', 'error'],
      ['legalBasis', 'warning'],
      ['relatedSops', 'hint'],
    ]);
    expect(found(doc, 'identity-empty').find((f) => f.severity === 'error')?.message).toMatch(
      /^Nama SOP belum diisi/,
    );
  });

  it('accepts an 18-digit NIP written with or without spaces or a NIP label', () => {
    for (const nip of [
      '19620603 198503 1 016',
      '196206031985031016',
      'NIP. 19620603 198503 1 016',
      '19700407 199203 1005',
    ]) {
      const doc = cleanDoc();
      doc.identity.approvedBy.nip = nip;
      expect(found(doc, 'nip-invalid'), nip).toEqual([]);
    }
  });

  it('warns about a NIP that is not 18 digits', () => {
    const doc = cleanDoc();
    doc.identity.approvedBy.nip = '19620603 198503 1 01';
    const [finding] = found(doc, 'nip-invalid');
    expect(finding).toMatchObject({
      severity: 'warning',
      location: { kind: 'identity', field: 'approvedBy.nip' },
    });
    expect(finding?.message).toContain('17 angka');
    doc.identity.approvedBy.nip = '19620603-198503-1-016';
    expect(found(doc, 'nip-invalid')[0]?.message).toContain('selain angka');
  });

  it('warns when the creation date falls after the effective date', () => {
    const doc = cleanDoc();
    Object.assign(doc.identity, { createdDate: '24/08/2023', effectiveDate: '06-Juni-2023' });
    const [finding] = found(doc, 'created-after-effective');
    expect(finding).toMatchObject({
      severity: 'warning',
      location: { kind: 'identity', field: 'createdDate' },
    });
    expect(finding?.message).toContain('24 Agustus 2023');
    expect(finding?.message).toContain('6 Juni 2023');
  });

  it('stays silent when the dates are in order, equal, or do not parse', () => {
    const cases: [string, string][] = [
      ['4 Januari 2021', '4 Januari 2021 s.d 31 Desember 2021'],
      ['24 Agustus 2018', 'Wednesday, September 7, 2022'],
      ['30 Agustus 2023', 'Septemebr 2023'],
      ['Januari 2020', 'Januari 2019'],
      ['', '1 Januari 2000'],
    ];
    for (const [createdDate, effectiveDate] of cases) {
      const doc = cleanDoc();
      Object.assign(doc.identity, { createdDate, effectiveDate });
      expect(found(doc, 'created-after-effective'), `${createdDate} / ${effectiveDate}`).toEqual(
        [],
      );
    }
  });
});

// Extra identity sections in a workbook are known by how their label is set, not by its wording:
// a cell filled like the list labels, alone on its row in a list label's column. A filled cell
// elsewhere, or under labels that are not filled, stays an item.

import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { buildWorkbook, type CellSpec } from './workbook-builder';

const label = (text: string): CellSpec => ({ text, look: 'boxed-filled' });

/** An identity over a small flowchart table; `lists` fill rows 4 and below. */
async function identityOf(lists: Record<string, CellSpec>) {
  const cells: Record<string, CellSpec> = {
    A1: 'Nomor SOP',
    B1: '800/12/2024',
    A2: 'Nama SOP',
    B2: 'Pelayanan Surat Keterangan',
    ...lists,
    A20: 'No',
    B20: 'Kegiatan',
    C20: 'Pelaksana',
    D20: 'Waktu',
    C21: 'Staf',
    A22: 1,
    B22: 'Menerima berkas',
    C22: { text: '', look: 'boxed' },
    D22: '5 menit',
  };
  const bytes = buildWorkbook([{ name: 'SOP', cells, merges: ['A20:A21', 'B20:B21', 'D20:D21'] }]);
  const sop = (await importWorkbook(bytes)).sops[0];
  if (!sop) throw new Error('no SOP imported');
  return sop.document.identity;
}

describe('extra sections by their label cell', () => {
  it('reads a filled label in the list labels column as a section, whatever it says', async () => {
    const identity = await identityOf({
      A4: label('Peringatan'),
      A5: '1.',
      B5: 'Berkas tidak lengkap dikembalikan',
      A6: label('Sasaran Mutu Layanan'),
      A7: '1.',
      B7: 'Selesai dalam satu hari',
      A8: label('Tujuan'),
      A9: '1.',
      B9: 'Pelayanan yang cepat',
    });
    expect(identity.warnings).toEqual(['Berkas tidak lengkap dikembalikan']);
    expect(identity.extraSections).toEqual([
      { label: 'Sasaran Mutu Layanan', items: ['Selesai dalam satu hari'] },
      { label: 'Tujuan', items: ['Pelayanan yang cepat'] },
    ]);
  });

  it('keeps a filled item outside the label column an item', async () => {
    const identity = await identityOf({
      A4: label('Peringatan'),
      A5: '1.',
      B5: 'Berkas tidak lengkap dikembalikan',
      B6: { text: 'Pemohon wajib hadir sendiri', look: 'filled' },
    });
    expect(identity.warnings).toEqual([
      'Berkas tidak lengkap dikembalikan',
      'Pemohon wajib hadir sendiri',
    ]);
    expect(identity.extraSections).toEqual([]);
  });

  it('keeps a filled row an item when the list labels are not filled', async () => {
    const identity = await identityOf({
      A4: 'Peringatan',
      A5: { text: 'Pemohon wajib hadir sendiri', look: 'filled' },
      A6: 'Berkas tidak lengkap dikembalikan',
    });
    expect(identity.warnings).toEqual([
      'Pemohon wajib hadir sendiri',
      'Berkas tidak lengkap dikembalikan',
    ]);
    expect(identity.extraSections).toEqual([]);
  });
});

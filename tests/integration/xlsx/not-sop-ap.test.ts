// The report tells the truth: a workbook that is not an SOP AP (an ISO quality-manual template) is
// refused with nothing imported, and an identity label without content is not reported as read.

import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { SopError } from '../../../shared/errors';
import { isoTemplateCells, isoTemplateWorkbook } from './iso-template';
import { buildWorkbook } from './workbook-builder';

async function refusal(bytes: Uint8Array): Promise<SopError> {
  try {
    await importWorkbook(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(SopError);
    return error as SopError;
  }
  throw new Error('import succeeded');
}

describe('a workbook that is not an SOP AP', () => {
  it('refuses an ISO quality-manual template: no executors marked, no SOP identity', async () => {
    const error = await refusal(isoTemplateWorkbook());
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(/^Berkas ini bukan SOP AP/);
    expect(error.message).toContain('Tidak ada yang diimpor');
  });

  it('imports the same sheet once it names an SOP identity field', async () => {
    const cells = { ...isoTemplateCells(), A3: 'Nomor SOP', C3: '800/12/2024' };
    const { sops } = await importWorkbook(buildWorkbook([{ name: 'Prosedur', cells }]));
    expect(sops).toHaveLength(1);
    expect(sops[0]?.document.identity.number).toBe('800/12/2024');
  });

  it('imports a table whose steps have executors even without any identity', async () => {
    const cells = { ...isoTemplateCells(), C18: 'Pelaksana', D18: 'Output', C19: 'X', C20: 'v' };
    const { sops } = await importWorkbook(buildWorkbook([{ name: 'Prosedur', cells }]));
    expect(sops[0]?.document.steps.map((s) => s.executors)).toEqual([['e1'], ['e1']]);
  });
});

describe('the identity note', () => {
  it('lists a label without content as empty, not as recognised', async () => {
    const bytes = buildWorkbook([
      {
        name: 'SOP',
        cells: {
          A1: 'Nomor SOP',
          B1: '12/2024',
          A2: 'Nama SOP',
          B2: 'Pelayanan Surat',
          A3: 'Dasar Hukum',
          A5: 'Kualifikasi Pelaksana',
          B5: '1. Memahami tata naskah\n2. Mampu mengoperasikan komputer',
        },
      },
    ]);
    const { sops } = await importWorkbook(bytes);
    const identity = sops[0]?.document.identity;
    expect(identity?.legalBasis).toEqual([]);
    expect(identity?.qualifications).toEqual([
      'Memahami tata naskah',
      'Mampu mengoperasikan komputer',
    ]);
    expect(sops[0]?.report.recognised).toContain(
      'Identitas dari lembar "SOP" baris 1–5: Nomor SOP, Nama SOP, Kualifikasi Pelaksana. Label tanpa isi: Dasar Hukum.',
    );
  });
});

// The xlsx:import channel through the API gate: workbook bytes in, documents and reports out;
// a bad file comes back as an error message, not an exception.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { manyMerges } from './hostile-workbooks';

const handlers = createApiHandlers({
  appInfo: { name: 'SOP AP Editor', version: 'test', shell: 'preview' },
  resourcesDir: join(import.meta.dirname, '../../../resources'),
});
const real = join(import.meta.dirname, '../../fixtures/real');

describe('xlsx:import', () => {
  it('returns every SOP with its report', async () => {
    const bytes = new Uint8Array(readFileSync(join(real, 'basarnas-verifikasi-berita.xlsx')));
    const response = await dispatch(handlers, 'xlsx:import', [bytes]);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const value = response.value as {
      sops: Array<{ document: unknown; report: { sheets: string[] } }>;
    };
    expect(value.sops).toHaveLength(1);
    expect(value.sops[0]?.document).toEqual(
      JSON.parse(readFileSync(join(real, 'basarnas-verifikasi-berita.expected.sop.json'), 'utf8')),
    );
    expect(value.sops[0]?.report.sheets).toEqual(['COVER', 'SOP VERIFIKASI BERITA SAR ']);
  });

  it('answers a bad file with its message and refuses arguments that are not bytes', async () => {
    const response = await dispatch(handlers, 'xlsx:import', [
      new TextEncoder().encode('bukan excel'),
    ]);
    expect(response).toEqual({
      ok: false,
      error: { code: 'unsupported-file', message: expect.stringMatching(/bukan buku kerja Excel/) },
    });
    const wrong = await dispatch(handlers, 'xlsx:import', ['C:/berkas.xlsx'], () => undefined);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('answers a workbook of 30 000 merges with the cap, not the generic error', async () => {
    const response = await dispatch(handlers, 'xlsx:import', [manyMerges(30_000, false)]);
    expect(response).toEqual({
      ok: false,
      error: {
        code: 'file-too-large',
        message: expect.stringMatching(/^Lembar "SOP" memiliki 30\.000 sel gabungan;/),
      },
    });
  });
});

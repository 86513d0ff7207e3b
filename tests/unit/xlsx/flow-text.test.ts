// The flow written as text in executor lanes (web SOP builders): arrows between steps, decision
// exits with their labels and `Ke #n` targets; anything else is not flow text.

import { describe, expect, it } from 'vitest';
import { parseFlowText } from '../../../electron/services/xlsx-import/flow-text';

describe('flow text', () => {
  it('reads a bare arrow between steps as going down', () => {
    expect(parseFlowText('⬇')).toEqual([{ label: '', side: null, target: null, down: true }]);
    expect(parseFlowText(' ↓ ')).toEqual([{ label: '', side: null, target: null, down: true }]);
  });

  it('reads exits with their label, side and printed target', () => {
    expect(parseFlowText('(YA) ⬇')).toEqual([
      { label: 'YA', side: 'yes', target: null, down: true },
    ]);
    expect(parseFlowText('(TIDAK) ➡ Ke #3')).toEqual([
      { label: 'TIDAK', side: 'no', target: 3, down: false },
    ]);
    expect(parseFlowText('T ← ke #12')?.[0]).toMatchObject({ side: 'no', target: 12 });
    expect(parseFlowText('Ya → Ke 4')?.[0]).toMatchObject({ side: 'yes', target: 4 });
    expect(parseFlowText('(Tidak lengkap) ⬅ Ke #2')?.[0]).toMatchObject({
      label: 'Tidak lengkap',
      side: 'no',
      target: 2,
    });
  });

  it('reads several exits written in one cell', () => {
    expect(parseFlowText('(Y) ↓\n(T) ➡ Ke #5')).toEqual([
      { label: 'Y', side: 'yes', target: null, down: true },
      { label: 'T', side: 'no', target: 5, down: false },
    ]);
  });

  it('leaves marks, activities and questions alone', () => {
    for (const text of [
      'Ya',
      'X',
      '(YA)',
      'START',
      'Periksa berkas',
      'Lengkap?',
      'Ke kantor',
      '',
    ]) {
      expect(parseFlowText(text), text).toBeNull();
    }
  });
});

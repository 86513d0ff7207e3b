import { describe, expect, it } from 'vitest';
import { decisionDraft } from '../../../renderer/src/features/grid/decision-draft';
import { docWith, stepById } from './helpers';

describe('decisionDraft', () => {
  const doc = docWith([
    { activity: 'Menerima berkas' },
    { activity: 'Memeriksa berkas' },
    { activity: 'Lengkap?', symbol: 'decision' },
    { activity: 'Memproses' },
  ]);

  it('suggests Ya to the next step and Tidak back to the step before for a new decision', () => {
    const draft = decisionDraft(stepById(doc, 's3'), stepById(doc, 's2'));
    expect(draft).toEqual({ yes: '', no: 's2', yesLabel: '', noLabel: '', suggested: true });
  });

  it('starts from the stored exits and labels once they are set', () => {
    const step = {
      ...stepById(doc, 's3'),
      no: 's1',
      labels: ['Lengkap', 'Belum'] as [string, string],
    };
    expect(decisionDraft(step, stepById(doc, 's2'))).toEqual({
      yes: '',
      no: 's1',
      yesLabel: 'Lengkap',
      noLabel: 'Belum',
      suggested: false,
    });
  });

  it('suggests nothing for a decision in the first row', () => {
    const draft = decisionDraft({ ...stepById(doc, 's3') }, undefined);
    expect(draft).toMatchObject({ yes: '', no: '', suggested: false });
  });
});

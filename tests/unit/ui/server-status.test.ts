// The server status in words: every state's word in both languages, and what is said under it
// (the bureau's note, who reviewed it and when, the decree, the revisions not sent, why a send
// failed), only where it belongs.

import { describe, expect, it } from 'vitest';
import { localServerStatus as status } from '../../support/local-server-status';
import { serverStatusWords } from '../../../renderer/src/ui/server-status';
import { serverStatusStrings } from '../../../renderer/src/ui/server-status-strings';

const id = serverStatusStrings.id;
const dates = { timestamp: (iso: string) => `ts(${iso})`, day: (iso: string) => `day(${iso})` };

describe('serverStatusWords', () => {
  it('says each state with its Indonesian word', () => {
    const words = (['not-sent', 'queued', 'submitted', 'returned', 'accepted', 'set'] as const).map(
      (state) => serverStatusWords(status({ state }), id, dates).word,
    );
    expect(words).toEqual([
      'belum dikirim',
      'menunggu dikirim',
      'dikirim',
      'dikembalikan',
      'diterima',
      'ditetapkan',
    ]);
    expect(
      serverStatusWords(status({ state: 'returned' }), serverStatusStrings.en, dates).word,
    ).toBe('returned');
  });

  it('counts the revisions not sent, only when there are some', () => {
    expect(serverStatusWords(status({ unsent: 2 }), id, dates).unsent).toBe(
      '2 revisi belum dikirim',
    );
    expect(serverStatusWords(status({ state: 'submitted' }), id, dates).unsent).toBe('');
  });

  it('shows a returned SOP with the note, who reviewed it and when', () => {
    const words = serverStatusWords(
      status({
        state: 'returned',
        note: 'Lengkapi waktu.',
        reviewedBy: 'biro',
        reviewedAt: '2026-03-04T05:06:07Z',
      }),
      id,
      dates,
    );
    expect(words).toMatchObject({
      word: 'dikembalikan',
      note: 'Lengkapi waktu.',
      reviewed: 'Ditelaah biro, ts(2026-03-04T05:06:07Z)',
      decree: '',
    });
    expect(words.title).toContain('Lengkapi waktu.');
  });

  it('names the decree and its LAMPIRAN numeral of a set SOP', () => {
    const set = status({
      state: 'set',
      reviewedAt: '2026-03-04T05:06:07Z',
      decreeNumber: '188.4/12/2026',
      decreeNumeral: 'IV',
    });
    expect(serverStatusWords(set, id, dates).decree).toBe('Keputusan 188.4/12/2026, LAMPIRAN IV');
    expect(serverStatusWords({ ...set, decreeDate: '2026-03-10' }, id, dates).decree).toBe(
      'Keputusan 188.4/12/2026 tgl. day(2026-03-10), LAMPIRAN IV',
    );
    expect(serverStatusWords(set, id, dates).reviewed).toBe('Ditelaah ts(2026-03-04T05:06:07Z)');
  });

  it('tells why a queued SOP has not gone yet, in the tooltip', () => {
    const queued = status({ state: 'queued', unsent: 1, lastMessage: 'server tidak terjangkau' });
    const words = serverStatusWords(queued, id, dates);
    expect(words.title).toContain('Percobaan terakhir: server tidak terjangkau');
    expect(words.note).toBe('');
    expect(serverStatusWords(status({ state: 'queued' }), id, dates).title).not.toContain(
      'Percobaan terakhir',
    );
  });

  it('leaves a stale review note of a resent SOP unsaid until the bureau reviews again', () => {
    const words = serverStatusWords(status({ state: 'queued', note: 'lama' }), id, dates);
    expect(words.note).toBe('');
    expect(words.reviewed).toBe('');
  });
});

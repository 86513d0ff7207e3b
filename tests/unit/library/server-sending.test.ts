// What a library row can send to the bureau and the one line its Di Biro cell shows: only SOPs
// with unsent revisions or a waiting send are sendable; the returned note comes first.

import { describe, expect, it } from 'vitest';
import { localServerStatus as status } from '../../support/local-server-status';
import {
  awaitsSending,
  sendableSops,
  serverLine,
} from '../../../renderer/src/features/library/server-sending';
import { libraryServerStrings } from '../../../renderer/src/features/library/server-strings';

const t = libraryServerStrings.id;

describe('awaitsSending', () => {
  it('is true for saved revisions not on the server and for a send waiting in the outbox', () => {
    expect(awaitsSending(status({ state: 'not-sent', unsent: 1 }))).toBe(true);
    expect(awaitsSending(status({ state: 'returned', unsent: 2 }))).toBe(true);
    expect(awaitsSending(status({ state: 'queued', unsent: 0, lastMessage: 'gagal' }))).toBe(true);
  });

  it('is false when everything saved is on the server, for a draft never saved, or unknown', () => {
    expect(awaitsSending(status({ state: 'submitted' }))).toBe(false);
    expect(awaitsSending(status({ state: 'set', decreeNumber: '1' }))).toBe(false);
    expect(awaitsSending(status({ state: 'not-sent', unsent: 0 }))).toBe(false);
    expect(awaitsSending(undefined)).toBe(false);
  });
});

describe('sendableSops', () => {
  it('keeps the listed order and only the SOPs with something to send', () => {
    const statuses = {
      a: status({ state: 'submitted' }),
      b: status({ unsent: 1 }),
      c: status({ state: 'queued' }),
    };
    expect(sendableSops(['c', 'a', 'x', 'b'], statuses)).toEqual(['c', 'b']);
  });
});

describe('serverLine', () => {
  it('puts the note of a returned SOP first, even with revisions not sent', () => {
    expect(serverLine(status({ state: 'returned', note: ' Lengkapi. ', unsent: 1 }), t)).toEqual({
      kind: 'note',
      text: 'Lengkapi.',
    });
  });

  it('says the unsent revisions, then a failed send, then the decree number', () => {
    expect(serverLine(status({ state: 'submitted', unsent: 2 }), t)?.text).toBe(
      '2 revisi belum dikirim',
    );
    expect(serverLine(status({ state: 'queued', lastMessage: 'putus' }), t)?.kind).toBe('failed');
    expect(
      serverLine(status({ state: 'set', decreeNumber: '188.4/45', decreeNumeral: 'I' }), t)?.text,
    ).toBe('Kep. 188.4/45');
  });

  it('shows a note of an accepted SOP and nothing when there is nothing to say', () => {
    expect(serverLine(status({ state: 'accepted', note: 'Baik' }), t)?.text).toBe('Baik');
    expect(serverLine(status({ state: 'submitted' }), t)).toBeNull();
    expect(serverLine(status({ state: 'queued', note: 'lama' }), t)).toBeNull();
  });
});

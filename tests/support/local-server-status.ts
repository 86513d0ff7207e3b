// A local SOP's standing with the organisation server, for tests: never sent, no review, unless
// the test says otherwise.

import type { LocalServerStatus } from '../../shared/model/server';

export function localServerStatus(change: Partial<LocalServerStatus> = {}): LocalServerStatus {
  return {
    state: 'not-sent',
    unsent: 0,
    note: '',
    reviewedBy: '',
    reviewedAt: null,
    decreeNumber: '',
    decreeDate: null,
    decreeNumeral: '',
    lastMessage: '',
    ...change,
  };
}

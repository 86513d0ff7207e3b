// An SOP's id on the organisation server: a library UUID as it is, any other id a fixed UUID.

import { describe, expect, it } from 'vitest';
import { serverSopId } from '../../../electron/services/server/sop-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('serverSopId', () => {
  it('keeps a library UUID, in lower case', () => {
    const id = '3F2504E0-4F89-41D3-9A0C-0305E82C3301';
    expect(serverSopId(id)).toBe(id.toLowerCase());
  });

  it('maps another id to the same name-based UUID every time, different per id', () => {
    const lama = serverSopId('lama');
    expect(lama).toMatch(UUID);
    expect(lama.charAt(14)).toBe('5');
    expect(serverSopId('lama')).toBe(lama);
    expect(serverSopId('baru')).not.toBe(lama);
  });
});

// The server address is stored without its password; a password written in it goes apart.

import { describe, expect, it } from 'vitest';
import { splitPassword } from '../../../electron/services/api/server';

describe('splitPassword', () => {
  it('takes the password out of a postgres URL and keeps the rest', () => {
    expect(
      splitPassword('postgres://sop_dinkes:a%2Fb-C@db.kab.go.id:5432/sop?sslmode=verify-full'),
    ).toEqual({
      address: 'postgres://sop_dinkes@db.kab.go.id:5432/sop?sslmode=verify-full',
      secret: 'a/b-C',
    });
    expect(splitPassword('postgres://sop_dinkes@db:5432/sop')).toEqual({
      address: 'postgres://sop_dinkes@db:5432/sop',
      secret: '',
    });
  });

  it('refuses an address it cannot read, or not a postgres:// one, saying how to write it', () => {
    for (const typed of ['postgres://[', '192.168.1.10/sop', 'http://db.kab.go.id/sop']) {
      expect(() => splitPassword(typed)).toThrow(
        /tidak dapat dibaca: alamat diawali postgres:\/\//,
      );
    }
  });
});

// The zip reader: checksums, stored and deflated parts, and the caps on count and size.

import { crc32 } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, openZip } from '../../../electron/services/ooxml/zip-read';

describe('openZip', () => {
  it('reads stored and deflated parts and checks their CRC', () => {
    const text = 'x'.repeat(10_000);
    const zip = openZip(
      zipSync({ 'a.xml': strToU8(text), 'b.bin': [strToU8('abc'), { level: 0 }] }),
    );
    expect(zip.names.sort()).toEqual(['a.xml', 'b.bin']);
    expect(new TextDecoder().decode(zip.read('a.xml') ?? new Uint8Array())).toBe(text);
    expect(new TextDecoder().decode(zip.read('b.bin') ?? new Uint8Array())).toBe('abc');
    expect(zip.read('missing.xml')).toBeNull();
  });

  it('applies the part count and size caps', () => {
    const bytes = zipSync({ a: strToU8('a'.repeat(5_000)), b: strToU8('b') });
    expect(() =>
      openZip(bytes, {
        ...DEFAULT_ZIP_LIMITS,
        maxEntries: 1,
        maxTotalBytes: 1e9,
        maxPartBytes: 1e9,
      }),
    ).toThrow(/terlalu besar/);
    expect(() =>
      openZip(bytes, {
        ...DEFAULT_ZIP_LIMITS,
        maxEntries: 10,
        maxTotalBytes: 100,
        maxPartBytes: 1e9,
      }),
    ).toThrow(/terlalu besar/);
    const zip = openZip(bytes, {
      ...DEFAULT_ZIP_LIMITS,
      maxEntries: 10,
      maxTotalBytes: 1e9,
      maxPartBytes: 1_000,
    });
    expect(() => zip.read('a')).toThrow(/terlalu besar/);
    expect(zip.read('b')?.length).toBe(1);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });
});

// Writes the finished package as a zip with Node's native deflate at its fastest level (sheet XML
// is repetitive and shrinks well anyway); entries keep their order and a fixed 1980 date, so the
// same workbook always gives the same bytes.

import { crc32, deflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** 1 January 1980 in MS-DOS date format; time 00:00. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Zip 2.0: deflate, no zip64. */
const VERSION = 20;
/** General purpose flag 11: names are UTF-8. */
const UTF8 = 0x0800;

export function writeZip(entries: Array<[string, Uint8Array]>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = new TextEncoder().encode(name);
    const packed = deflateRawSync(data, { level: 1 });
    const stored = packed.length >= data.length;
    const body = stored ? data : packed;
    const fields: EntryFields = {
      method: stored ? 0 : 8,
      crc: crc32(data),
      compressedSize: body.length,
      size: data.length,
      nameLength: nameBytes.length,
    };
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, LOCAL, true);
    putEntryFields(header, 4, fields);
    chunks.push(new Uint8Array(header.buffer), nameBytes, body);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, CENTRAL, true);
    entry.setUint16(4, VERSION, true);
    putEntryFields(entry, 6, fields);
    entry.setUint32(42, offset, true);
    central.push(new Uint8Array(entry.buffer), nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const directorySize = central.reduce((sum, c) => sum + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, END, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  const parts = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

type EntryFields = {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
};

/**
 * The fields a local header and its central directory entry share, in the same order in both:
 * from "version needed" to the name length (extra field length 0).
 */
function putEntryFields(view: DataView, at: number, fields: EntryFields): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, UTF8, true);
  view.setUint16(at + 4, fields.method, true);
  view.setUint16(at + 6, 0, true);
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, fields.crc, true);
  view.setUint32(at + 14, fields.compressedSize, true);
  view.setUint32(at + 18, fields.size, true);
  view.setUint16(at + 22, fields.nameLength, true);
  view.setUint16(at + 24, 0, true);
}

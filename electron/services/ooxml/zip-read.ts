// Reads the zip container of an .xlsx safely: the central directory is checked (part count, sizes,
// encryption, bounds) before anything is inflated, and each part is inflated in small chunks that
// stop as soon as the output passes the size the directory declared (Node's zlib with
// maxOutputLength: native speed, and it gives up as soon as the limit is passed).

import { crc32, inflateRawSync } from 'node:zlib';
import { SopError } from '../../../shared/errors';
import { MAX_WORKBOOK_XML_ELEMENTS } from '../../../shared/limits';
import { corruptWorkbook } from './errors';
import type { ElementBudget } from './xml';

export type ZipLimits = {
  /** Most entries a workbook may list. */
  maxEntries: number;
  /** Largest sum of declared uncompressed sizes over all entries. */
  maxTotalBytes: number;
  /** Largest single part that may be inflated. */
  maxPartBytes: number;
  /** Most XML elements all the parts read from the archive may hold together. */
  maxXmlElements: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxTotalBytes: 512 * 1024 * 1024,
  maxPartBytes: 64 * 1024 * 1024,
  maxXmlElements: MAX_WORKBOOK_XML_ELEMENTS,
};

type ZipEntry = {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

export type ZipArchive = {
  names: string[];
  has(name: string): boolean;
  /** The size a part declares (inflated), or null when the archive has no such entry. */
  size(name: string): number | null;
  /** The inflated part, or null when the archive has no such entry. */
  read(name: string): Uint8Array | null;
  /** What parsing the parts may still cost: every part read from the archive draws on it. */
  xmlBudget: ElementBudget;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(bytes, view);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    throw corruptWorkbook('multi-disk zip');
  }
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new SopError(
      'file-too-large',
      'Berkas Excel ini terlalu besar (format ZIP64). Pecah buku kerja menjadi beberapa berkas, lalu impor lagi.',
      'zip64 archive',
    );
  }
  if (count > limits.maxEntries) throw tooLarge(`${count} entries`);
  if (directoryOffset + directorySize > eocd)
    throw corruptWorkbook('central directory out of bounds');
  const entries = readDirectory(bytes, view, { count, offset: directoryOffset, end: eocd }, limits);
  let inflated = 0;
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    size: (name) => entries.get(name)?.size ?? null,
    xmlBudget: { limit: limits.maxXmlElements, left: limits.maxXmlElements },
    read(name) {
      const entry = entries.get(name);
      if (!entry) return null;
      if (entry.size > limits.maxPartBytes) throw tooLarge(`${name}: ${entry.size} bytes`);
      inflated += entry.size;
      if (inflated > limits.maxTotalBytes) throw tooLarge('inflated total');
      return readEntry(bytes, view, entry, directoryOffset);
    },
  };
}

/**
 * The central directory's entries by name (the first of a repeated name wins), refused when an
 * entry is encrypted or the declared sizes add up past the limit.
 */
function readDirectory(
  bytes: Uint8Array,
  view: DataView,
  directory: { count: number; offset: number; end: number },
  limits: ZipLimits,
): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = directory.offset;
  for (let i = 0; i < directory.count; i += 1) {
    if (at + 46 > directory.end || view.getUint32(at, true) !== CENTRAL) {
      throw corruptWorkbook(`bad central directory entry ${i}`);
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > directory.end) throw corruptWorkbook('entry name out of bounds');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      name,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (flags & 1) throw encryptedZip();
    total += entry.size;
    if (total > limits.maxTotalBytes) throw tooLarge(`declared total over ${limits.maxTotalBytes}`);
    if (!entries.has(name)) entries.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw corruptWorkbook('no end of central directory (truncated?)');
}

function readEntry(bytes: Uint8Array, view: DataView, entry: ZipEntry, limit: number): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > limit || view.getUint32(at, true) !== LOCAL) {
    throw corruptWorkbook(`bad local header for ${entry.name}`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > limit) throw corruptWorkbook(`data of ${entry.name} out of bounds`);
  const data = bytes.subarray(start, end);
  let output: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw corruptWorkbook(`stored size of ${entry.name}`);
    output = data;
  } else if (entry.method === 8) {
    output = inflateCapped(data, entry.size, entry.name);
  } else {
    throw corruptWorkbook(`compression method ${entry.method} for ${entry.name}`);
  }
  if (crc32(output) !== entry.crc) throw corruptWorkbook(`checksum of ${entry.name}`);
  return output;
}

/** Inflates, stopping as soon as the output passes the declared size. */
function inflateCapped(data: Uint8Array, size: number, name: string): Uint8Array {
  let output: Uint8Array;
  try {
    output = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge(`${name} inflates past its declared size`);
    throw corruptWorkbook(`${name}: ${String(error)}`);
  }
  if (output.length !== size) throw corruptWorkbook(`${name}: ${output.length} of ${size} bytes`);
  return output;
}

function tooLarge(detail: string): SopError {
  return new SopError(
    'file-too-large',
    'Isi berkas Excel ini terlalu besar setelah dibuka (kemungkinan "bom zip" atau berkas rusak). Berkas tidak diimpor; periksa berkasnya atau simpan ulang dari Excel.',
    detail,
  );
}

function encryptedZip(): SopError {
  return new SopError(
    'unsupported-file',
    'Berkas Excel ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, lalu impor lagi.',
    'zip entry encryption flag',
  );
}

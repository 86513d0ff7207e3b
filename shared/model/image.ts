// Reading a logo's format and size from its bytes, so that a document is refused at parse when its
// logo could not be printed (docs/format.md §5): the PDF engine and Excel embed the picture as it
// is, and bytes that only claim to be PNG or JPEG would fail there, long after the document was
// accepted. Only the headers are read; nothing is decompressed.

import { formatBytes, formatCount, MAX_LOGO_BYTES, MAX_LOGO_SIDE } from '../limits';

export type ImageInfo = { mime: 'image/png' | 'image/jpeg'; width: number; height: number };

/** The picture's format and size, or a reason in Bahasa Indonesia why it is not a usable image. */
export type ImageResult = { ok: true; info: ImageInfo } | { ok: false; reason: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Bit depths allowed per PNG colour type (PNG specification, table 11.1). */
const PNG_BIT_DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** Decodes base64 to bytes; the caller has checked the alphabet. */
export function base64Bytes(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function readImage(bytes: Uint8Array): ImageResult {
  if (bytes.length === 0) return { ok: false, reason: 'berkas gambar kosong' };
  const format = imageFormat(bytes);
  if (format === 'image/png') return readPng(bytes);
  if (format === 'image/jpeg') return readJpeg(bytes);
  return { ok: false, reason: 'isinya bukan gambar PNG atau JPEG' };
}

/** PNG or JPEG by the first bytes (never by a file name), or null for anything else. */
export function imageFormat(bytes: Uint8Array): ImageInfo['mime'] | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  return null;
}

/** A logo's pixel size within MAX_LOGO_SIDE (a decoded 4,096² picture is 64 MB). */
export function logoSideFits(size: { width: number; height: number }): boolean {
  const { width, height } = size;
  return width >= 1 && height >= 1 && width <= MAX_LOGO_SIDE && height <= MAX_LOGO_SIDE;
}

/** `4.096 × 4.096 piksel` */
export function formatPixels(size: { width: number; height: number }): string {
  return `${formatCount(size.width)} × ${formatCount(size.height)} piksel`;
}

/** Why a picture of `count` bytes is too large for a logo, or null when it is not. */
export function logoBytesProblem(count: number): string | null {
  if (count <= MAX_LOGO_BYTES) return null;
  return `gambar ${formatBytes(count)}, paling besar ${formatBytes(MAX_LOGO_BYTES)}`;
}

/**
 * Why picked or imported bytes cannot become a logo, or the picture they are: `bytes` over
 * MAX_LOGO_BYTES, `type` not PNG or JPEG, `broken` a PNG or JPEG that cannot be read, `pixels`
 * over MAX_LOGO_SIDE. The reason is a phrase in Bahasa Indonesia for a message.
 */
export type LogoBytesCheck =
  | { ok: true; info: ImageInfo }
  | { ok: false; problem: 'bytes' | 'type' | 'broken' | 'pixels'; reason: string };

export function checkLogoBytes(bytes: Uint8Array): LogoBytesCheck {
  const tooLarge = logoBytesProblem(bytes.length);
  if (tooLarge) return { ok: false, problem: 'bytes', reason: tooLarge };
  if (imageFormat(bytes) === null) {
    return { ok: false, problem: 'type', reason: 'isinya bukan gambar PNG atau JPEG' };
  }
  const image = readImage(bytes);
  if (!image.ok) return { ok: false, problem: 'broken', reason: image.reason };
  if (!logoSideFits(image.info)) {
    const largest = formatPixels({ width: MAX_LOGO_SIDE, height: MAX_LOGO_SIDE });
    const reason = `gambar ${formatPixels(image.info)}, paling besar ${largest}`;
    return { ok: false, problem: 'pixels', reason };
  }
  return { ok: true, info: image.info };
}

function readPng(bytes: Uint8Array): ImageResult {
  const broken: ImageResult = { ok: false, reason: 'gambar PNG rusak atau terpotong' };
  if (bytes.length < 33 || chunkType(bytes, 12) !== 'IHDR' || u32(bytes, 8) !== 13) return broken;
  const width = u32(bytes, 16);
  const height = u32(bytes, 20);
  const bitDepth = bytes[24] ?? 0;
  const colourType = bytes[25] ?? 0;
  if (!PNG_BIT_DEPTHS[colourType]?.includes(bitDepth)) {
    return { ok: false, reason: 'jenis warna gambar PNG tidak dikenal' };
  }
  if (!pngChunksComplete(bytes)) return broken;
  return { ok: true, info: { mime: 'image/png', width, height } };
}

/** Walks the chunks after the signature: each fits in the file, there is image data, IEND ends. */
function pngChunksComplete(bytes: Uint8Array): boolean {
  let offset = 8;
  let hasData = false;
  while (offset + 12 <= bytes.length) {
    const length = u32(bytes, offset);
    const type = chunkType(bytes, offset + 4);
    if (offset + 12 + length > bytes.length) return false;
    if (type === 'IDAT') hasData = hasData || length > 0;
    if (type === 'IEND') return hasData;
    offset += 12 + length;
  }
  return false;
}

/** SOF markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readJpeg(bytes: Uint8Array): ImageResult {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) break;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = u16(bytes, offset + 2);
    if (length < 2) break;
    if (isStartOfFrame(marker)) return jpegFrame(bytes, offset);
    if (marker === 0xda || marker === 0xd9) break;
    offset += 2 + length;
  }
  return { ok: false, reason: 'gambar JPEG rusak atau terpotong' };
}

function jpegFrame(bytes: Uint8Array, offset: number): ImageResult {
  if (offset + 10 > bytes.length) return { ok: false, reason: 'gambar JPEG rusak atau terpotong' };
  const height = u16(bytes, offset + 5);
  const width = u16(bytes, offset + 7);
  const channels = bytes[offset + 9] ?? 0;
  if (![1, 3, 4].includes(channels)) {
    return { ok: false, reason: 'jenis warna gambar JPEG tidak dikenal' };
  }
  return { ok: true, info: { mime: 'image/jpeg', width, height } };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function u32(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset] ?? 0) * 0x1000000 +
      ((bytes[offset + 1] ?? 0) << 16) +
      ((bytes[offset + 2] ?? 0) << 8) +
      (bytes[offset + 3] ?? 0)) >>>
    0
  );
}

function u16(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) + (bytes[offset + 1] ?? 0);
}

function chunkType(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

let lastLogo: { data: string; size: { width: number; height: number } | null } | null = null;

/**
 * The pixel size of a logo stored as base64, or null when its bytes are not a picture. The last
 * answer is kept: the preview lays the same logo out on every keystroke.
 */
export function logoPixelSize(logo: { data: string }): { width: number; height: number } | null {
  if (lastLogo?.data === logo.data) return lastLogo.size;
  const image = readImage(base64Bytes(logo.data));
  const size = image.ok ? { width: image.info.width, height: image.info.height } : null;
  lastLogo = { data: logo.data, size };
  return size;
}

/**
 * The largest box of the picture's proportions that fits in `room` (width × height), so a logo is
 * never stretched: a wide coat of arms gets the full width and less height, a tall one the full
 * height. A picture whose size cannot be read is given the whole room.
 */
export function fitPicture(
  picture: { width: number; height: number } | null,
  room: { width: number; height: number },
): { width: number; height: number } {
  if (!picture || picture.width < 1 || picture.height < 1) return room;
  const scale = Math.min(room.width / picture.width, room.height / picture.height);
  return { width: picture.width * scale, height: picture.height * scale };
}

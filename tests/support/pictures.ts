// Pictures for tests: a real PNG of any size and a JPEG made of its markers only (enough for the
// header check and for pdfkit to embed), as bytes or base64.

import { PNG } from 'pngjs';

/** A PNG of the given size in one grey, or with `rgb` filled. */
export function pngBytes(width: number, height: number, rgb = [180, 180, 180]): Uint8Array {
  const image = new PNG({ width, height });
  for (let i = 0; i < image.data.length; i += 4) {
    image.data[i] = rgb[0] ?? 0;
    image.data[i + 1] = rgb[1] ?? 0;
    image.data[i + 2] = rgb[2] ?? 0;
    image.data[i + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(image));
}

export function jpegBytes(width: number, height: number): Uint8Array {
  // prettier-ignore
  return new Uint8Array([
    0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff,
    0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
  ]);
}

export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

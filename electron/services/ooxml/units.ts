// The units of a sheet's geometry, for reading and writing alike: EMU (drawing anchors), points
// (row heights), column widths in characters of the default font, and A1 column letters.

/** 1 pt = 12 700 EMU; 1 px at 96 dpi = 9 525 EMU. */
export const EMU_PER_POINT = 12_700;
export const EMU_PER_PIXEL = 9_525;
/** Maximum digit width of Calibri/Carlito 11, the default font Excel sizes columns by. */
const DIGIT_PX = 7;

/** The pixels Excel shows for a column width in characters. */
export function columnPixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
}

/** Excel column width (characters) that shows exactly `pixels` px. */
export function columnWidthChars(pixels: number): number {
  return Math.trunc((pixels / DIGIT_PX) * 256) / 256;
}

/** `A`, `Z`, `AA` … for a 1-based column number. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

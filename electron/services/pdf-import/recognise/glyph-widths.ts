// How wide a word is, measured from the line it stands in: the line's printed width shared out by
// the characters' relative widths in a common sans-serif face (Helvetica's, which Arial and Arimo
// share; other faces differ little in these proportions). Used to tell whether a word would have
// fitted at the end of the line before.

const WIDTHS: Record<string, number> = {
  ' ': 278,
  '!': 278,
  '"': 355,
  '#': 556,
  $: 556,
  '%': 889,
  '&': 667,
  "'": 191,
  '(': 333,
  ')': 333,
  '*': 389,
  '+': 584,
  ',': 278,
  '-': 333,
  '.': 278,
  '/': 278,
  ':': 278,
  ';': 278,
  '<': 584,
  '=': 584,
  '>': 584,
  '?': 556,
  '@': 1015,
  '[': 278,
  '\\': 278,
  ']': 278,
  _: 556,
  A: 667,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 722,
  I: 278,
  J: 500,
  K: 667,
  L: 556,
  M: 833,
  N: 722,
  O: 778,
  P: 667,
  Q: 778,
  R: 722,
  S: 667,
  T: 611,
  U: 722,
  V: 667,
  W: 944,
  X: 667,
  Y: 667,
  Z: 611,
  a: 556,
  b: 556,
  c: 500,
  d: 556,
  e: 556,
  f: 278,
  g: 556,
  h: 556,
  i: 222,
  j: 222,
  k: 500,
  l: 222,
  m: 833,
  n: 556,
  o: 556,
  p: 556,
  q: 556,
  r: 333,
  s: 500,
  t: 278,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 500,
};

const DIGIT = 556;
const OTHER = 556;

/** A text's width in thousandths of an em. */
export function relativeWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDTHS[char] ?? (/\d/.test(char) ? DIGIT : OTHER);
  return width;
}

/** The printed width of `part`, a piece of `text` printed `printed` points wide. */
export function widthWithin(part: string, text: string, printed: number): number {
  const whole = relativeWidth(text);
  return whole === 0 ? 0 : (printed * relativeWidth(part)) / whole;
}

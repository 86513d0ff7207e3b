// Text as the PDF and Excel can carry it (docs/format.md §5). A lone UTF-16 surrogate (half of an
// emoji cut in two, or a `\ud800` escape in hand-written JSON) has no UTF-8 form: it cannot be
// saved in a file or the library as written, and the PDF engine fails on it. It becomes U+FFFD,
// the replacement character; every other character is kept as written.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormedText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

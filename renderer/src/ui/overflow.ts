// How many items of a one-line toolbar fit: all when they do, else as many as leave room for the
// Lainnya button that offers the rest. Pure, so the rule is tested without a browser.

/** Half a pixel of slack: sub-pixel positions must not push the last item out. */
const SLACK = 0.5;

/**
 * `ends` are the right edges of the items, measured from the bar's start (gaps and separators
 * included); `available` is the bar's width without the Lainnya button, `moreWidth` what that
 * button takes with its gap when it shows.
 */
export function fittingCount(
  ends: readonly number[],
  available: number,
  moreWidth: number,
): number {
  const last = ends[ends.length - 1] ?? 0;
  if (last <= available + SLACK) return ends.length;
  const room = available - moreWidth + SLACK;
  let count = 0;
  while (count < ends.length && (ends[count] ?? Infinity) <= room) count += 1;
  return count;
}

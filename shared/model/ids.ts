// Short readable ids ("s12", "e3"): the next free number after the highest in use.

export function nextId(prefix: string, existing: Iterable<string>): string {
  let highest = 0;
  for (const id of existing) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}${highest + 1}`;
}

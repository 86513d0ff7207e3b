// The names the app gives files itself: a saved PDF, workbook or book keeps its title readable
// (the SOP's name, a decree's number), and an SOP's `.sop.json` (`sop import`, the source
// attached to an exported PDF) gets the SOP's name as a lower-case slug.

const FILE_NAME_LENGTH = 80;

/**
 * `Buku SOP keputusan 188.4-45-KPTS-2026.pdf`: letters, digits, spaces, hyphens and dots kept, a
 * slash (forbidden in a file name) becomes a hyphen so a decree's number stays readable, anything
 * else is left out; no leading dot (a hidden file) and no trailing dot or space (Windows drops
 * them); at most 80 characters before the extension; `SOP` when nothing is left.
 */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[/\\]/g, '-')
    .replace(/[^\w\s.-]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .slice(0, FILE_NAME_LENGTH)
    .replace(/[\s.]+$/, '');
  return `${base || 'SOP'}${extension}`;
}

/** `verifikasi-berita-pencarian-dan-pertolongan`; `sop` for a name with no letters or digits. */
export function sopSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'sop';
}

/** `01-verifikasi-berita-pencarian-dan-pertolongan.sop.json`: position in a set, then the slug. */
export function numberedSopFileName(index: number, name: string): string {
  return `${String(index + 1).padStart(2, '0')}-${sopSlug(name)}.sop.json`;
}

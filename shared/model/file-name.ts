// The file name an SOP's `.sop.json` gets when the app names it itself (`sop import`, the source
// attached to an exported PDF): the SOP's name as a lower-case slug.

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

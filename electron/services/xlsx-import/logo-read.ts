// The SOP's logo from the picture anchored in its identity area (docs/format.md §6.2): the first
// PNG or JPEG picture within the logo limits (§7) is taken as it is; every other picture there is
// reported with the reason and what to do, so the review says exactly what happened to the logo.

import { checkLogoBytes, type Logo } from '../../../shared/model';
import { formatPixels, logoBytesProblem } from '../../../shared/model/image';
import { bytesToBase64 } from '../../../shared/api';
import { cellAddress } from '../ooxml/sheet-read';
import type { DrawnShape } from './drawing-read';
import type { IdentityBlock } from './identity-read';
import type { ReportCollector } from './report';

/** The workbook's image parts: their declared size first, so a huge one is never inflated. */
export type MediaSource = {
  size(path: string): number | null;
  read(path: string): Uint8Array | null;
};

type Candidate = { shape: DrawnShape; cell: string };

export function readLogo(
  block: IdentityBlock,
  shapes: DrawnShape[],
  media: MediaSource,
  report: ReportCollector,
): Logo | null {
  const sheet = block.grid.name;
  let logo: { value: Logo; cell: string } | null = null;
  for (const { shape, cell } of picturesIn(block, shapes)) {
    if (logo) {
      report.warn(
        'note',
        sheet,
        cell,
        `Gambar lain di identitas tidak diambil; logo diambil dari gambar di sel ${logo.cell}.`,
      );
      continue;
    }
    const read = readPicture(shape, media);
    if ('problem' in read) {
      report.warn(
        'note',
        sheet,
        cell,
        `Gambar di identitas tidak diambil sebagai logo: ${read.problem}. Pilih logo (PNG atau JPEG) di tab Identitas.`,
      );
      continue;
    }
    logo = { value: read.logo, cell };
    report.note(
      `Logo diambil dari gambar di lembar "${sheet}", sel ${cell} (${read.description}).`,
    );
  }
  return logo?.value ?? null;
}

/** The pictures whose top-left corner lies in the identity's rows, top to bottom, left to right. */
function picturesIn(block: IdentityBlock, shapes: DrawnShape[]): Candidate[] {
  return shapes
    .filter((shape) => shape.kind === 'picture')
    .map((shape) => ({ shape, at: block.grid.cellAt(shape.box.x, shape.box.y) }))
    .filter(({ at }) => at.row >= block.top && at.row <= block.bottom)
    .sort((a, b) => a.shape.box.y - b.shape.box.y || a.shape.box.x - b.shape.box.x)
    .map(({ shape, at }) => ({ shape, cell: cellAddress(at.row, at.col) }));
}

function readPicture(
  shape: DrawnShape,
  media: MediaSource,
): { logo: Logo; description: string } | { problem: string } {
  const path = shape.media;
  const size = path === null ? null : media.size(path);
  if (path === null || size === null) return { problem: 'isi gambarnya tidak ada di berkas' };
  // Checked before inflating: an oversized part is refused from its declared size alone.
  const tooLarge = logoBytesProblem(size);
  if (tooLarge) return { problem: tooLarge };
  const bytes = media.read(path);
  if (!bytes) return { problem: 'isi gambarnya tidak ada di berkas' };
  const check = checkLogoBytes(bytes);
  if (!check.ok) {
    const format = formatOfPart(path);
    const reason =
      check.problem === 'type' && format
        ? `berformat ${format}, bukan PNG atau JPEG`
        : check.reason;
    return { problem: reason };
  }
  const { mime } = check.info;
  return {
    logo: { mime, data: bytesToBase64(bytes) },
    description: `${mime === 'image/png' ? 'PNG' : 'JPEG'}, ${formatPixels(check.info)}`,
  };
}

/** `EMF` for `xl/media/image1.emf`: how Excel names the picture formats it stores. */
function formatOfPart(path: string): string | null {
  const extension = /\.([a-z0-9]{2,5})$/i.exec(path)?.[1];
  return extension ? extension.toUpperCase() : null;
}

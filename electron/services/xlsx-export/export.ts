// Entry point of the Excel export: one identity sheet and one flowchart sheet per SOP, laid out by
// the same layout engine as the PDF, plus the Daftar SOP register when several SOPs go together.

import { SopError } from '../../../shared/errors';
import { MAX_WORKBOOK_SOPS } from '../../../shared/limits';
import {
  arimoMeasurer,
  defaultLayoutSettings,
  layoutSop,
  type DraftMark,
  type LayoutSettings,
  type TextMeasurer,
} from '../../../shared/layout';
import type { LibraryRef } from '../../../shared/import';
import type { SopDocument } from '../../../shared/model';
import { flowchartSheet } from './flowchart-sheet';
import { identitySheet } from './identity-sheet';
import { addDrawings } from './package-patch';
import { registerSheet } from './register-sheet';
import type { SheetSpec } from './sheet-spec';
import { writeCells } from './workbook';

export type ExportEntry = {
  document: SopDocument;
  /** Status for the register (Daftar SOP); "Draf" when not given. */
  status?: string;
  /** Revision for the register; "-" when not given. */
  revision?: string;
  /** The DRAF mark in the page header of the SOP's sheets; none when not given. */
  draftMark?: DraftMark;
  /** The SOP's library id and revision, carried so a returned workbook updates that SOP. */
  library?: LibraryRef;
};

export type ExportOptions = {
  /** Add the Daftar SOP register; by default only when several SOPs are exported together. */
  register?: boolean;
  /** Layout settings per document; by default the document's paper with the standard margins. */
  settings?: (doc: SopDocument) => LayoutSettings;
  measurer?: TextMeasurer;
  /** Creation time in the workbook's properties; now by default (fixed, the bytes are too). */
  created?: Date;
  /** Told after each SOP's sheets are made (n + 1 steps with writing the workbook). */
  onProgress?: (done: number, total: number) => void;
};

export const DEFAULT_STATUS = 'Draf';
export const DEFAULT_REVISION = '-';

export async function exportWorkbook(
  entries: ExportEntry[],
  options: ExportOptions = {},
): Promise<Uint8Array> {
  if (entries.length === 0) {
    throw new SopError('invalid-argument', 'Pilih sedikitnya satu SOP untuk diekspor ke Excel.');
  }
  if (entries.length > MAX_WORKBOOK_SOPS) {
    throw new SopError(
      'invalid-argument',
      `Satu buku kerja memuat paling banyak ${MAX_WORKBOOK_SOPS} SOP (dipilih ${entries.length}). Ekspor dalam beberapa buku kerja.`,
    );
  }
  const sheets = workbookSheets(entries, options);
  const cells = await writeCells(sheets, options.created ?? new Date());
  const bytes = await addDrawings(cells, sheets);
  options.onProgress?.(entries.length + 1, entries.length + 1);
  return bytes;
}

/** Every sheet of the workbook as plain data, in tab order. */
export function workbookSheets(entries: ExportEntry[], options: ExportOptions = {}): SheetSpec[] {
  const measurer = options.measurer ?? arimoMeasurer;
  const settingsOf = options.settings ?? defaultLayoutSettings;
  const many = entries.length > 1;
  const width = String(entries.length).length;
  const names = entries.map((_, i) => {
    const prefix = many ? `${String(i + 1).padStart(Math.max(2, width), '0')} ` : '';
    return { identity: `${prefix}Identitas`, flowchart: `${prefix}Diagram Alir` };
  });
  const sheets: SheetSpec[] = [];
  const first = entries[0]?.document;
  if (first && (options.register ?? many)) {
    const register = entries.map((entry) => ({
      document: entry.document,
      status: entry.status ?? DEFAULT_STATUS,
      revision: entry.revision ?? DEFAULT_REVISION,
    }));
    sheets.push(registerSheet(register, first.print.paper, settingsOf(first), measurer));
  }
  entries.forEach((entry, i) => {
    const doc = entry.document;
    const settings = {
      ...settingsOf(doc),
      identityPage: false,
      draftMark: entry.draftMark ?? null,
    };
    // The sheets carry the mark in their page header, not among the drawn cells.
    const layout = layoutSop(doc, { ...settings, draftMark: null }, measurer);
    const pages = layout.pages.filter((page) => page.kind === 'flowchart');
    const name = names[i] ?? { identity: 'Identitas', flowchart: 'Diagram Alir' };
    sheets.push(identitySheet(doc, settings, measurer, name.identity));
    sheets.push(flowchartSheet(doc, pages, settings, name.flowchart, entry.library));
    options.onProgress?.(i + 1, entries.length + 1);
  });
  return sheets;
}

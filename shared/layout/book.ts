// layoutBook: many SOPs bound as appendices of one decree (docs/format.md §4, Dokumen SOP AP): optional
// cover, list of contents with page numbers, each SOP headed LAMPIRAN <roman numeral> with the
// decree reference (its NOMOR, TANGGAL and TENTANG on their own lines), the head of office's signature block at the end of each SOP.

import { fitPicture, groupNip, logoPixelSize, type Approver, type SopDocument } from '../model';
import { contentsPages } from './book-contents';
import { decreeHeadingLines } from './decree-heading';
import { appendixLabel } from './numerals';
import { addDraftMarks } from './draft-mark';
import { addFooter } from './footer';
import { wrapText, type TextMeasurer } from './measure';
import { textAt } from './primitives';
import { appendAtEnd, contentArea, layoutSopParts, type PageFrame } from './sop';
import type { DraftMark, LayoutSettings, LayoutWarning, Page, Primitive, SopLayout } from './types';

export type BookSettings = Omit<LayoutSettings, 'draftMark'> & {
  /** The DRAF mark of each SOP, in the order of the documents (missing: none). */
  draftMarks: readonly (DraftMark | null)[];
  cover: boolean;
  /** Cover title, e.g. "STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN". */
  title: string;
  year: string;
  /**
   * The decree the SOPs are appended to: "KEPUTUSAN KEPALA DINAS … NOMOR … TENTANG …", headed
   * with `date` as its TANGGAL (decree-heading.ts).
   */
  decree: string;
  /** Each SOP's LAMPIRAN numeral as the decree records it (`IIA`); missing: roman by position. */
  numerals?: readonly string[];
  /**
   * Who issues the decree, atop the cover (a decree of many units: the government); empty: the
   * first SOP's government and agency.
   */
  issuer?: string;
  /** Ditetapkan di … / pada tanggal … above the signature (the decree's date); empty: left out. */
  place: string;
  date: string;
  /** The head of office who signs every appendix; null uses each SOP's own approver. */
  signer: Approver | null;
};

const HEADING_SIZE = 8.5;
const SIGNATURE_SIZE = 9;
const SIGNATURE_SPACE = 50;
/** The cover's logo: at most this high and this wide, in its own proportions. */
const COVER_LOGO_HEIGHT = 110;
const COVER_LOGO_MAX_WIDTH = 240;

export function layoutBook(
  docs: SopDocument[],
  settings: BookSettings,
  measurer: TextMeasurer,
  /** Told after each SOP is laid out, so a long book can report its progress. */
  onSopLaidOut?: (index: number) => void,
): SopLayout {
  const frame = contentArea(settings);
  const headingWidth = frame.area.width * 0.45;
  const headingLines = (index: number): string[] =>
    [
      appendixLabel(index, settings.numerals),
      ...decreeHeadingLines(settings.decree, settings.date),
    ].flatMap((t) => wrapText(t, headingWidth, HEADING_SIZE, false, measurer));
  const warnings: LayoutWarning[] = [];
  const sops = docs.map((doc, index) => {
    const lines = headingLines(index);
    const headingHeight = lines.length * measurer.lineHeight(HEADING_SIZE) + 8;
    const parts = layoutSopParts(doc, { ...settings, draftMark: null }, measurer, headingHeight);
    warnings.push(...parts.warnings);
    const first = parts.pages[0];
    const x = frame.area.x + frame.area.width - headingWidth;
    first?.primitives.push(
      textAt(
        lines,
        x,
        frame.area.y,
        headingWidth,
        { fontSize: HEADING_SIZE, role: 'heading' },
        measurer,
      ),
    );
    const signer = settings.signer ?? doc.identity.approvedBy;
    const block = signatureLines(signer, settings);
    const height = signatureHeight(block, measurer);
    appendAtEnd(
      parts.pages,
      parts.body,
      height,
      (y) => signatureBlock(block, parts.body, y, measurer),
      'identity',
    );
    const mark = settings.draftMarks[index] ?? null;
    if (mark) addDraftMarks(parts.pages, frame.area, mark, measurer);
    onSopLaidOut?.(index);
    return { doc, pages: parts.pages, coordination: doc.print.coordination, body: parts.body };
  });

  const front: Page[] = [];
  if (settings.cover) front.push(coverPage(docs[0], settings, frame, measurer));
  const contents = contentsPages(docs, frame, measurer, settings.numerals);
  const firstSopPage = front.length + contents.pages.length + 1;
  const starts: number[] = [];
  let next = firstSopPage;
  for (const sop of sops) {
    starts.push(next);
    next += sop.pages.length;
  }
  contents.fill(starts);
  front.push(...contents.pages);

  const pages = [...front, ...sops.flatMap((s) => s.pages)];
  const total = pages.length;
  front.forEach((page, i) => addFooter(page, i + 1, total, frame.area, [], measurer));
  sops.forEach((sop, k) =>
    sop.pages.forEach((page, i) =>
      addFooter(page, (starts[k] ?? 0) + i, total, frame.area, sop.coordination, measurer),
    ),
  );
  return { title: settings.title, pages, warnings };
}

type SignatureLines = { top: string[]; name: string; nip: string };

function signatureLines(signer: Approver, settings: BookSettings): SignatureLines {
  const top = [
    settings.place.trim() ? `Ditetapkan di ${settings.place.trim()}` : '',
    settings.date.trim() ? `pada tanggal ${settings.date.trim()}` : '',
    signer.title.trim().toUpperCase(),
  ].filter((l) => l !== '');
  return {
    top,
    // Without a name the signer writes it by hand on the dotted line, as on printed forms.
    name: signer.name.trim() || '(.........................................)',
    nip: signer.nip.trim() ? `NIP. ${groupNip(signer.nip)}` : '',
  };
}

const SIGNATURE_WIDTH = 260;

function signatureHeight(block: SignatureLines, measurer: TextMeasurer): number {
  const lineHeight = measurer.lineHeight(SIGNATURE_SIZE);
  const topLines = block.top.flatMap((l) =>
    wrapText(l, SIGNATURE_WIDTH, SIGNATURE_SIZE, false, measurer),
  ).length;
  return (topLines + 2) * lineHeight + SIGNATURE_SPACE;
}

function signatureBlock(
  block: SignatureLines,
  body: PageFrame,
  y: number,
  measurer: TextMeasurer,
): Primitive[] {
  const x = body.area.x + body.area.width - SIGNATURE_WIDTH;
  const lineHeight = measurer.lineHeight(SIGNATURE_SIZE);
  const top = block.top.flatMap((l) =>
    wrapText(l, SIGNATURE_WIDTH, SIGNATURE_SIZE, false, measurer),
  );
  const centred = { fontSize: SIGNATURE_SIZE, align: 'center' as const };
  const nameY = y + top.length * lineHeight + SIGNATURE_SPACE;
  const nameStyle = { ...centred, bold: true, underline: true };
  const out: Primitive[] = [
    textAt(top, x, y, SIGNATURE_WIDTH, centred, measurer),
    textAt([block.name], x, nameY, SIGNATURE_WIDTH, nameStyle, measurer),
  ];
  if (block.nip)
    out.push(textAt([block.nip], x, nameY + lineHeight, SIGNATURE_WIDTH, centred, measurer));
  return out;
}

function coverPage(
  first: SopDocument | undefined,
  settings: BookSettings,
  frame: PageFrame,
  measurer: TextMeasurer,
): Page {
  const { area } = frame;
  const primitives: Primitive[] = [];
  const blocks: { text: string; size: number; bold: boolean }[] = [
    ...coverIssuer(first, settings.issuer),
    { text: settings.title, size: 20, bold: true },
    { text: settings.year ? `TAHUN ${settings.year}` : '', size: 14, bold: true },
  ].filter((b) => b.text.trim() !== '');
  const wrapped = blocks.map((b) => ({
    ...b,
    lines: wrapText(b.text.toUpperCase(), area.width * 0.8, b.size, b.bold, measurer),
  }));
  const logo = first?.identity.logo ?? null;
  const logoSize = logo
    ? fitPicture(logoPixelSize(logo), { width: COVER_LOGO_MAX_WIDTH, height: COVER_LOGO_HEIGHT })
    : null;
  const gap = 18;
  const height =
    (logoSize ? logoSize.height + gap : 0) +
    wrapped.reduce((sum, b) => sum + b.lines.length * measurer.lineHeight(b.size) + gap, 0);
  let y = area.y + Math.max(0, (area.height - height) / 2);
  if (logo && logoSize) {
    primitives.push({
      kind: 'image',
      box: { x: area.x + (area.width - logoSize.width) / 2, y, ...logoSize },
      mime: logo.mime,
      data: logo.data,
    });
    y += logoSize.height + gap;
  }
  for (const b of wrapped) {
    primitives.push(
      textAt(
        b.lines,
        area.x,
        y,
        area.width,
        { fontSize: b.size, bold: b.bold, align: 'center', role: 'heading' },
        measurer,
      ),
    );
    y += b.lines.length * measurer.lineHeight(b.size) + gap;
  }
  return {
    width: frame.pageWidth,
    height: frame.pageHeight,
    kind: 'cover',
    primitives,
    rows: [],
    table: null,
  };
}

/** The cover's first lines: the decree's issuer, else the first SOP's government and agency. */
function coverIssuer(
  first: SopDocument | undefined,
  issuer = '',
): { text: string; size: number; bold: boolean }[] {
  if (issuer.trim()) return [{ text: issuer.trim(), size: 16, bold: true }];
  return [
    { text: first?.identity.government ?? '', size: 16, bold: true },
    { text: first?.identity.agency ?? '', size: 14, bold: true },
  ];
}

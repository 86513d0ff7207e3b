// PDFs the importer must refuse, made here rather than stored: encrypted, scripted, 1,000 pages,
// scanned (a page of ours rasterised by poppler and wrapped back as a picture), truncated and with
// a broken cross-reference table.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderSopPdf } from '../../../electron/services/pdf';
import { parseSopJson, type SopDocument } from '../../../shared/model';
import { writeTemp } from '../pdf/poppler';

const corpusDir = join(import.meta.dirname, '../../fixtures/sops');

export function corpusDoc(name = '02-jambore-imp'): SopDocument {
  return parseSopJson(readFileSync(join(corpusDir, `${name}.sop.json`), 'utf8'));
}

/** The pdfkit pdfmake prints with: enough of its API for the hand-made PDFs here. */
type PdfKitDocument = {
  text: (text: string, x?: number, y?: number) => PdfKitDocument;
  addPage: () => PdfKitDocument;
  image: (src: string, x: number, y: number, options: { width: number }) => PdfKitDocument;
  addNamedJavaScript: (name: string, js: string) => void;
  on: (event: 'data' | 'end', listener: (chunk: Buffer) => void) => void;
  end: () => void;
};
type PdfKitOptions = { userPassword?: string; ownerPassword?: string; pdfVersion?: string };

const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = fromPdfmake('@foliojs-fork/pdfkit') as new (
  options?: PdfKitOptions,
) => PdfKitDocument;

function made(options: PdfKitOptions, draw: (pdf: PdfKitDocument) => void): Promise<Uint8Array> {
  const pdf = new PDFDocument(options);
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    draw(pdf);
    pdf.end();
  });
}

export function encryptedPdf(): Promise<Uint8Array> {
  return made({ userPassword: 'rahasia', ownerPassword: 'pemilik', pdfVersion: '1.7' }, (pdf) =>
    pdf.text('STANDAR OPERASIONAL PROSEDUR'),
  );
}

export function scriptedPdf(): Promise<Uint8Array> {
  return made({}, (pdf) => {
    pdf.text('STANDAR OPERASIONAL PROSEDUR');
    pdf.addNamedJavaScript('buka', 'app.alert("halo");');
  });
}

export function pagesPdf(count: number): Promise<Uint8Array> {
  return made({}, (pdf) => {
    pdf.text('Halaman 1');
    for (let page = 2; page <= count; page += 1) pdf.addPage().text(`Halaman ${page}`);
  });
}

/** Our PDF without its source, page 1 rasterised at 60 dpi and wrapped back into a PDF. */
export async function scannedPdf(): Promise<Uint8Array> {
  const printed = writeTemp(await renderSopPdf(corpusDoc(), {}, { source: false }), 'scan');
  const png = `${printed}-p1`;
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', printed, png]);
  return made({}, (pdf) => pdf.image(`${png}.png`, 20, 20, { width: 560 }));
}

/** The first `share` of a PDF's bytes, as a download cut short leaves it. */
export function truncated(bytes: Uint8Array, share: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * share));
}

/**
 * The cross-reference table and trailer overwritten with spaces, and every object's `obj` keyword
 * too, so no object can be found by its table or by scanning for it.
 */
export function brokenXref(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const start = text.lastIndexOf('xref');
  const blanked = text.slice(0, start) + ' '.repeat(text.length - start);
  return new Uint8Array(Buffer.from(blanked.replace(/ 0 obj\b/g, ' 0 ob_'), 'latin1'));
}

/** Only the cross-reference table broken (its offsets shifted): PDF.js rebuilds it from the objects. */
export function shiftedXref(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const shifted = text.replace(
    /^(\d{10}) 00000 n/gm,
    (_, offset: string) => `${String(Number(offset) + 7).padStart(10, '0')} 00000 n`,
  );
  return new Uint8Array(Buffer.from(shifted, 'latin1'));
}

/** A page with one text field whose keystroke action runs JavaScript (written by hand). */
export function scriptedFieldPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R] >>',
    '<< /Type /Annot /Subtype /Widget /FT /Tx /T (nama) /Rect [10 10 100 30] /P 3 0 R ' +
      '/AA << /K << /S /JavaScript /JS (app.alert\\(1\\)) >> >> >>',
  ];
  let body = '%PDF-1.7\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

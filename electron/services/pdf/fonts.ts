// The embedded font: Arimo (OFL) regular and bold, read from its npm package, the same face whose
// advance widths shared/layout measures with.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';

export const PDF_FONT = 'Arimo';

/**
 * Resolves packages from this module: in the CommonJS bundle of the desktop main `__filename` is
 * defined; in ES modules (CLI, preview host, tests) `import.meta.url` is.
 */
function moduleRequire(): NodeJS.Require {
  return createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
}

type Fontkit = { create: (buffer: Buffer, postscriptName?: string) => unknown };

/**
 * pdfkit parses the font file again for every document (fontkit.create), which costs more than
 * laying out and writing a whole SOP; parsed fonts are read-only, so one parse per buffer is kept.
 * The fontkit instance patched is the one pdfmake's pdfkit itself requires.
 */
function cacheParsedFonts(): void {
  const fromPdfmake = createRequire(moduleRequire().resolve('pdfmake'));
  const fromPdfkit = createRequire(fromPdfmake.resolve('@foliojs-fork/pdfkit'));
  const fontkit = fromPdfkit('@foliojs-fork/fontkit') as Fontkit;
  const parse = fontkit.create.bind(fontkit);
  const parsed = new WeakMap<Buffer, unknown>();
  fontkit.create = (buffer, postscriptName) => {
    let font = parsed.get(buffer);
    if (font === undefined) {
      font = parse(buffer, postscriptName);
      parsed.set(buffer, font);
    }
    return font;
  };
}

let cached: TFontDictionary | null = null;

export function pdfFonts(): TFontDictionary {
  if (cached) return cached;
  const dir = dirname(moduleRequire().resolve('@expo-google-fonts/arimo/package.json'));
  const regular = readFileSync(join(dir, '400Regular/Arimo_400Regular.ttf'));
  const bold = readFileSync(join(dir, '700Bold/Arimo_700Bold.ttf'));
  cacheParsedFonts();
  // Italics are never printed, so the italic slots reuse the upright faces.
  cached = {
    [PDF_FONT]: {
      normal: regular,
      bold: bold,
      italics: regular,
      bolditalics: bold,
    },
  };
  return cached;
}

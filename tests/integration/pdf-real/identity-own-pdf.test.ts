// The identity page reader on this app's own PDFs: every corpus SOP printed on A4 without its
// embedded source reads back to its source identity from the drawn page(s). What the print itself
// loses is left out of the comparison: the logo's bytes, the kop's case (printed upper case), an
// empty date or number (printed `-`), and the NIP's grouping (printed 8-6-1-3).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSopPdf } from '../../../electron/services/pdf';
import {
  continueIdentity,
  readIdentityPage,
  type IdentityReading,
} from '../../../electron/services/pdf-import/recognise/identity';
import { groupNip, parseSopJson, type Identity } from '../../../shared/model';
import { readPages } from '../pdf-read/make-pdf';

const corpusDir = join(import.meta.dirname, '../../fixtures/sops');
const corpusFiles = readdirSync(corpusDir).filter((f) => f.endsWith('.sop.json'));

/** The identity as the print can carry it. */
function printable(identity: Identity): Identity {
  const dash = (text: string): string => (text.trim() === '-' ? '' : text);
  return {
    ...identity,
    logo: null,
    government: identity.government.toUpperCase(),
    agency: identity.agency.toUpperCase(),
    unit: identity.unit.toUpperCase(),
    number: dash(identity.number),
    createdDate: dash(identity.createdDate),
    revisionDate: dash(identity.revisionDate),
    effectiveDate: dash(identity.effectiveDate),
    name: dash(identity.name),
    approvedBy: { ...identity.approvedBy, nip: groupNip(identity.approvedBy.nip) },
  };
}

describe('identity pages of our own PDFs', () => {
  it.each(corpusFiles)('%s reads back to its identity', async (file) => {
    const source = parseSopJson(readFileSync(join(corpusDir, file), 'utf8'));
    const pages = await readPages(await renderSopPdf(source, { paper: 'A4' }));
    let reading: IdentityReading | null = readIdentityPage(pages[0]!);
    // Long lists go on to the next page under their labels.
    for (const page of pages.slice(1)) {
      const next = readIdentityPage(page);
      const joined = reading && next ? continueIdentity(reading, next) : null;
      if (!joined) break;
      reading = joined;
    }
    expect(reading).not.toBeNull();
    expect(printable(reading!.identity)).toEqual(printable(source.identity));
  });
});

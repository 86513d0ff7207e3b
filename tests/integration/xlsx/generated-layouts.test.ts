// Every corpus SOP written in many field layouts (layout-generator.ts) imports back to its source
// document, for what each layout can carry: marks carry no symbol and no decision exits; shapes
// with connectors and styled cells with `Ke #n` texts carry the exits' targets and labels; a
// wrapped list item keeps its line break.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import {
  groupNip,
  IDENTITY_LIST_FIELDS,
  parseSopValue,
  type SopDocument,
  type Step,
} from '../../../shared/model';
import {
  allLayouts,
  describeLayout,
  wrapItem,
  wrapsItems,
  writeLayout,
  type Layout,
} from './layout-generator';

const CORPUS = join(import.meta.dirname, '../../fixtures/sops');
const corpus: SopDocument[] = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.sop.json'))
  .sort()
  .map((name) => parseSopValue(JSON.parse(readFileSync(join(CORPUS, name), 'utf8'))));

/** What a generated workbook carries of a document; of the `source`, as the layout writes it. */
function carried(doc: SopDocument, layout: Layout, source = false): unknown {
  // An 18-digit NIP written as one run is grouped on import (docs/format.md §1.3).
  const approver = doc.identity.approvedBy;
  const nip = /\s/.test(approver.nip) ? approver.nip : groupNip(approver.nip);
  const identity: Partial<SopDocument['identity']> = {
    ...doc.identity,
    approvedBy: { ...approver, nip },
  };
  delete identity.logo;
  delete identity.extraSections;
  if (source && wrapsItems(layout.lists)) {
    for (const field of IDENTITY_LIST_FIELDS) identity[field] = doc.identity[field].map(wrapItem);
  }
  // Web SOP builders write the executor headers in capitals; the importer keeps them as written.
  const name = (e: SopDocument['executors'][number]): string =>
    source && layout.symbols === 'styled' ? e.name.toUpperCase() : e.name;
  const names = new Map(doc.executors.map((e) => [e.id, name(e)]));
  return {
    identity,
    executors: doc.executors.map(name),
    steps: doc.steps.map((step, index) => ({
      activity: step.activity,
      executors: step.executors.map((id) => names.get(id)),
      symbol: layout.symbols === 'marks' ? 'process' : step.symbol,
      ...(layout.decisions === 'drawn' && step.symbol === 'decision'
        ? exitsCarried(doc, index, layout)
        : {}),
      requirements: step.requirements,
      time: step.time,
      output: step.output,
      notes: step.notes,
    })),
  };
}

/**
 * A decision's targets (as step positions: ids are renumbered on import) and labels. An exit to the next step is stored as null either way; a
 * connector cannot be glued from a shape to itself, so drawn shapes carry no exit to the decision
 * itself (styled cells write it as `Ke #n`).
 */
function exitsCarried(doc: SopDocument, index: number, layout: Layout): object {
  const step = doc.steps[index] as Step;
  const target = (id: string | null): number | null => {
    const at = doc.steps.findIndex((s) => s.id === id);
    return at < 0 || at === index + 1 || (layout.symbols === 'shapes' && at === index) ? null : at;
  };
  return { yes: target(step.yes), no: target(step.no), labels: step.labels };
}

const layouts = allLayouts();
/** Two passes over the layouts, each layout with a different corpus SOP. */
const cases = [0, 1].flatMap((pass) =>
  layouts.map((layout, i) => ({
    layout,
    doc: corpus[(i * 7 + pass * 31) % corpus.length] as SopDocument,
  })),
);

describe('generated field layouts', () => {
  it('has at least 500 workbooks', () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
  });

  it('imports every generated workbook to its source document', async () => {
    const failures: string[] = [];
    for (const { layout, doc } of cases) {
      const label = `${doc.identity.name} · ${describeLayout(layout)}`;
      try {
        const { sops } = await importWorkbook(writeLayout(doc, layout));
        const imported = sops[0]?.document;
        if (sops.length !== 1 || !imported) {
          failures.push(`${label}: ${sops.length} SOPs`);
          continue;
        }
        expect(carried(imported, layout), label).toEqual(carried(doc, layout, true));
      } catch (error) {
        failures.push(
          `${label}: ${error instanceof Error ? error.message.slice(0, 2000) : String(error)}`,
        );
      }
    }
    expect(failures.slice(0, 5), `${failures.length} of ${cases.length} failed`).toEqual([]);
  }, 120_000);
});

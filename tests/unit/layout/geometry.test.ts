// The layout of every corpus SOP and of synthetic stress documents passes the geometry checks.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSopJson, type Paper } from '../../../shared/model';
import {
  arimoMeasurer,
  defaultLayoutSettings,
  layoutSop,
  type LayoutSettings,
  type TextPrimitive,
} from '../../../shared/layout';
import { checkLayout } from './geometry-check';
import { syntheticSop, type SyntheticOptions } from './synthetic';

const corpusDir = join(import.meta.dirname, '../../fixtures/sops');
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.sop.json'));

function check(text: string, paper?: Paper, extra: Partial<LayoutSettings> = {}) {
  const doc = parseSopJson(text);
  const settings = { ...defaultLayoutSettings(doc), ...(paper ? { paper } : {}), ...extra };
  const layout = layoutSop(doc, settings, arimoMeasurer);
  return { doc, layout, problems: checkLayout(doc, layout, settings) };
}

describe('corpus SOPs', () => {
  it('has the corpus', () => expect(corpus.length).toBeGreaterThan(60));
  for (const file of corpus) {
    it(`${file} lays out cleanly on F4 and A4`, () => {
      const text = readFileSync(join(corpusDir, file), 'utf8');
      expect(check(text).problems).toEqual([]);
      expect(check(text, 'A4').problems).toEqual([]);
    });
  }
});

describe('synthetic stress documents', () => {
  const cases: [string, SyntheticOptions][] = [
    ['1 step', { steps: 1, executors: 2 }],
    ['2 steps', { steps: 2, executors: 2 }],
    ['60 steps, 2 executors', { steps: 60, executors: 2 }],
    ['60 steps, 10 executors', { steps: 60, executors: 10 }],
    ['300 steps, 6 executors', { steps: 300, executors: 6, decisionEvery: 4, backDistance: 3 }],
    ['back edges across pages', { steps: 40, executors: 4, decisionEvery: 3, backDistance: 7 }],
    [
      'forward skips across pages',
      { steps: 40, executors: 3, decisionEvery: 3, backDistance: 2, forwardEvery: 2 },
    ],
    ['joint activities', { steps: 30, executors: 6, jointEvery: 3 }],
    [
      'joint activities, 10 executors',
      { steps: 30, executors: 10, jointEvery: 2, decisionEvery: 4 },
    ],
    ['very long texts', { steps: 12, executors: 4, textRepeat: 12 }],
    ['1 executor with back edges', { steps: 25, executors: 1, decisionEvery: 3, backDistance: 2 }],
  ];
  for (const [name, options] of cases) {
    for (const paper of ['A4', 'F4', 'Legal'] as const) {
      it(`${name} on ${paper}`, () => {
        const doc = syntheticSop(options);
        const { layout, problems } = check(JSON.stringify(doc), paper);
        expect(problems).toEqual([]);
        expect(layout.pages.length).toBeGreaterThan(0);
      });
    }
  }

  it('stays inside the page with 20 executors', () => {
    const doc = syntheticSop({ steps: 40, executors: 20, decisionEvery: 0, jointEvery: 4 });
    const { layout, problems } = check(JSON.stringify(doc), 'A4');
    expect(problems).toEqual([]);
    const page = layout.pages.find((p) => p.kind === 'flowchart')!;
    const activity = page.primitives.find(
      (p): p is TextPrimitive =>
        p.kind === 'text' && p.role === 'header' && p.lines.includes('Kegiatan'),
    );
    expect(activity?.box.width).toBeGreaterThan(60);
  });

  it('leaves steps without an executor out of the flow but keeps their rows', () => {
    const doc = syntheticSop({ steps: 12, executors: 3 });
    doc.steps[4]!.executors = [];
    doc.steps[7]!.executors = [];
    const { layout, problems } = check(JSON.stringify(doc), 'F4');
    expect(problems).toEqual([]);
    const symbols = layout.pages.flatMap((p) =>
      p.primitives.filter((x) => x.kind === 'symbol' && x.stepId),
    );
    expect(symbols.length).toBe(10);
  });

  it('labels connector pairs with the target step when asked', () => {
    const doc = syntheticSop({ steps: 60, executors: 4 });
    const { layout, problems } = check(JSON.stringify(doc), 'A4', { connectorLabels: 'step' });
    expect(problems).toEqual([]);
    const labels = layout.pages.flatMap((p) =>
      p.primitives.flatMap((x) => (x.kind === 'symbol' && x.label ? [x.label] : [])),
    );
    // One pair per page break (foot of one page, head of the next), numbered with the step the
    // flow continues at: the first row of the next page.
    const flow = layout.pages.filter((p) => p.kind === 'flowchart');
    expect(flow.length).toBeGreaterThan(2);
    const continuedAt = flow.slice(1).flatMap((page) => {
      const number = String(doc.steps.findIndex((s) => s.id === page.rows[0]?.stepId) + 1);
      return [number, number];
    });
    expect(labels).toEqual(continuedAt);
  });

  it('a page break inside the flow ends in a pentagon and resumes from the same label', () => {
    const { layout } = check(
      JSON.stringify(syntheticSop({ steps: 60, executors: 3, decisionEvery: 0 })),
      'A4',
    );
    const flow = layout.pages.filter((p) => p.kind === 'flowchart');
    expect(flow.length).toBeGreaterThan(1);
    const connectors = (page: (typeof flow)[number]) =>
      page.primitives.flatMap((p) => (p.kind === 'symbol' && p.shape === 'connector' ? [p] : []));
    const lastRow = flow[0]!.rows.at(-1)!;
    const firstRow = flow[1]!.rows[0]!;
    const endOfFirst = connectors(flow[0]!);
    const startOfSecond = connectors(flow[1]!).filter((c) => c.box.y < firstRow.box.y);
    expect(endOfFirst.map((c) => c.label)).toEqual(['A']);
    expect(startOfSecond.map((c) => c.label)).toEqual(['A']);
    expect(endOfFirst[0]!.box.y).toBeGreaterThan(lastRow.box.y + lastRow.box.height);
    expect(startOfSecond[0]!.box.y + startOfSecond[0]!.box.height).toBeLessThan(firstRow.box.y);
  });

  it('repeats both header rows on every flowchart page', () => {
    const { layout, doc } = check(JSON.stringify(syntheticSop({ steps: 60, executors: 5 })), 'F4');
    for (const page of layout.pages.filter((p) => p.kind === 'flowchart')) {
      const headers = page.primitives.flatMap((p) =>
        p.kind === 'text' && p.role === 'header' ? p.lines : [],
      );
      expect(headers.join(' ')).toContain('Kegiatan');
      expect(headers.join(' ')).toContain('Mutu Baku');
      for (const e of doc.executors) expect(headers.join(' ')).toContain(e.name.split(' ')[0]);
    }
  });

  it('truncates a row taller than a page and warns', () => {
    // 55 repeats stay within MAX_TEXT_LENGTH and still fill more than a page.
    const doc = syntheticSop({ steps: 3, executors: 2, textRepeat: 55 });
    const { layout, problems } = check(JSON.stringify(doc), 'A4');
    expect(problems).toEqual([]);
    expect(layout.warnings.map((w) => w.code)).toContain('text-truncated');
  });
});

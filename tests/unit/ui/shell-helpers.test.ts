// Shell helpers that decide behaviour: where a finding jumps in the grid, the preview keeping
// unchanged pages (so React leaves their DOM alone).

import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSopJson } from '../../../shared/model';
import type { SopDocument } from '../../../shared/model';
import { gridColumn, revealFinding } from '../../../renderer/src/features/checks/reveal';
import { layoutPreview } from '../../../renderer/src/features/preview/use-layout';
import { useShell } from '../../../renderer/src/app/ui-store';
import { editorStore } from '../../../renderer/src/state/store';

const sample: SopDocument = parseSopJson(
  readFileSync('resources/examples/contoh-pembinaan-kelana.sop.json', 'utf8'),
);

describe('jumping to a finding', () => {
  beforeEach(() => {
    editorStore.setState(editorStore.getInitialState(), true);
    useShell.setState(useShell.getInitialState(), true);
  });

  it('points text findings at their column and symbol findings at the step’s executor cell', () => {
    const step = sample.steps[1]!;
    expect(gridColumn(sample, step.id, 'time')).toBe('time');
    expect(gridColumn(sample, step.id, 'activity')).toBe('activity');
    expect(gridColumn(sample, step.id, 'symbol')).toBe(`exec:${step.executors[0]}`);
    expect(gridColumn(sample, step.id, 'no')).toBe(`exec:${step.executors[0]}`);
  });

  it('falls back to the first executor for a step without one, and to Kegiatan without executors', () => {
    const bare = { ...sample, steps: [{ ...sample.steps[0]!, executors: [] }] };
    expect(gridColumn(bare, bare.steps[0]!.id, 'executors')).toBe(
      `exec:${sample.executors[0]!.id}`,
    );
    const none = { ...bare, executors: [] };
    expect(gridColumn(none, bare.steps[0]!.id, 'executors')).toBe('activity');
  });

  it('selects the cell for a step finding and opens Identitas on the field for an identity one', () => {
    editorStore.getState().load(sample, null);
    // Another tab is showing: the jump itself must bring the grid (or the form) forward.
    useShell.getState().setTab('preview');
    const step = sample.steps[2]!;
    revealFinding({ kind: 'step', stepId: step.id, column: 'output' });
    expect(editorStore.getState().selection).toEqual({ stepId: step.id, column: 'output' });
    expect(useShell.getState().tab).toBe('grid');
    expect(editorStore.getState().revealCount).toBe(1);
    revealFinding({ kind: 'identity', field: 'approvedBy.nip' });
    expect(useShell.getState().tab).toBe('identity');
    expect(useShell.getState().focus?.field).toBe('approvedBy.nip');
  });
});

describe('preview pages', () => {
  it('keeps the pages an edit did not change, and renews the one it did', () => {
    const before = layoutPreview(sample);
    expect(before.pages.length).toBeGreaterThan(1);
    const edited: SopDocument = {
      ...sample,
      identity: { ...sample.identity, number: 'NOMOR BARU 123' },
    };
    const after = layoutPreview(edited, before.pages);
    expect(after.pages[0]).not.toBe(before.pages[0]);
    expect(after.pages[0]!.svg).toContain('NOMOR BARU 123');
    for (let i = 1; i < after.pages.length; i += 1) {
      expect(after.pages[i], `page ${i + 1}`).toBe(before.pages[i]);
    }
  });

  it('escapes document text in the SVG it inserts', () => {
    const hostile: SopDocument = {
      ...sample,
      identity: { ...sample.identity, name: '<img src=x onerror="alert(1)">' },
    };
    const svg = layoutPreview(hostile)
      .pages.map((page) => page.svg)
      .join('');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });
});

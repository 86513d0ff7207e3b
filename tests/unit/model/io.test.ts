// Reading and writing .sop.json: the format gate, validation messages, unknown fields kept.

import { errorOf } from '../../support/sop-error';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptySop, emptyStep, nextId, parseSopJson, serializeSop } from '../../../shared/model';

const SOPS = path.resolve('tests/fixtures/sops');
const corpus = readdirSync(SOPS).filter((f) => f.endsWith('.sop.json'));

describe('parseSopJson', () => {
  it('reads every corpus SOP and writes it back byte for byte', () => {
    for (const file of corpus) {
      const text = readFileSync(path.join(SOPS, file), 'utf8');
      const doc = parseSopJson(text);
      expect(doc.format).toBe('sop-ap');
      expect(serializeSop(doc), file).toBe(text.endsWith('\n') ? text : `${text}\n`);
    }
  });

  it('rejects an unknown version with a message naming it', () => {
    const error = errorOf(() => parseSopJson('{"format":"sop-ap","version":99}'));
    expect(error.code).toBe('unknown-version');
    expect(error.message).toContain('versi 99');
  });

  it('rejects another format and non-objects', () => {
    expect(errorOf(() => parseSopJson('{"format":"bpmn","version":1}')).code).toBe(
      'unknown-format',
    );
    expect(errorOf(() => parseSopJson('[1,2]')).code).toBe('unknown-format');
    expect(errorOf(() => parseSopJson('null')).code).toBe('unknown-format');
  });

  it('rejects broken JSON with a message in Bahasa Indonesia', () => {
    const error = errorOf(() => parseSopJson('{"format": "sop-ap",'));
    expect(error.code).toBe('invalid-json');
    expect(error.message).toMatch(/bukan JSON yang sah/);
  });

  it('names the place of an invalid value', () => {
    const doc = emptySop();
    const bad = JSON.parse(serializeSop(doc)) as Record<string, unknown>;
    bad.steps = [{ ...emptyStep('s1'), symbol: 'hexagon' }];
    const error = errorOf(() => parseSopJson(JSON.stringify(bad)));
    expect(error.code).toBe('invalid-document');
    expect(error.message).toContain('steps.0.symbol');
  });

  it('rejects duplicate ids and steps pointing to unknown executors', () => {
    const doc = emptySop();
    doc.executors = [
      { id: 'e1', name: 'Kasi' },
      { id: 'e1', name: 'Kabid' },
    ];
    expect(errorOf(() => parseSopJson(serializeSop(doc))).message).toContain('"e1"');
    doc.executors = [{ id: 'e1', name: 'Kasi' }];
    doc.steps = [{ ...emptyStep('s1'), executors: ['e9'] }];
    expect(errorOf(() => parseSopJson(serializeSop(doc))).message).toContain('"e9"');
  });

  it('keeps unknown fields of a known version through a round trip', () => {
    const doc = JSON.parse(serializeSop(emptySop())) as Record<string, unknown>;
    doc.customTop = { office: 'Bagian Organisasi' };
    (doc.identity as Record<string, unknown>).sealColour = 'merah';
    (doc.print as Record<string, unknown>).margins = [20, 15];
    const again = JSON.parse(serializeSop(parseSopJson(JSON.stringify(doc)))) as Record<
      string,
      unknown
    >;
    expect(again.customTop).toEqual({ office: 'Bagian Organisasi' });
    expect((again.identity as Record<string, unknown>).sealColour).toBe('merah');
    expect((again.print as Record<string, unknown>).margins).toEqual([20, 15]);
  });

  it('fills defaults for fields a hand-written file leaves out', () => {
    const minimal = {
      format: 'sop-ap',
      version: 1,
      identity: { name: 'Surat Masuk' },
      executors: [{ id: 'e1', name: 'Staf' }],
      steps: [{ id: 's1', activity: 'Menerima surat', executors: ['e1'], symbol: 'terminator' }],
    };
    const doc = parseSopJson(JSON.stringify(minimal));
    expect(doc.identity.legalBasis).toEqual([]);
    expect(doc.identity.approvedBy).toEqual({ title: '', name: '', nip: '' });
    expect(doc.steps[0]?.yes).toBeNull();
    expect(doc.print.paper).toBe('F4');
  });

  it('refuses a file larger than the limit before parsing it', () => {
    const huge = ' '.repeat(21 * 1024 * 1024);
    expect(errorOf(() => parseSopJson(huge)).code).toBe('file-too-large');
  });

  it('accepts a byte-order mark', () => {
    const text = '\uFEFF' + serializeSop(emptySop());
    expect(parseSopJson(text).format).toBe('sop-ap');
  });
});

describe('nextId', () => {
  it('gives the next number after the highest id with that prefix', () => {
    expect(nextId('s', ['s1', 's7', 's3', 'e9'])).toBe('s8');
    expect(nextId('e', [])).toBe('e1');
    expect(nextId('s', ['sx', 's'])).toBe('s1');
  });
});

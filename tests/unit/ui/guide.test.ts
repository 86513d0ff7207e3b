// The help guide: every command it names exists in the command table, both languages have the
// same sections and pictures, and every picture is in renderer/public/help/.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE, GUIDE_PICTURES } from '../../../renderer/src/features/help/guide';
import { guideText, unknownCommandTokens } from '../../../renderer/src/features/help/guide-text';

const allText = (language: 'id' | 'en') =>
  GUIDE[language].flatMap((section) => [section.title, ...section.paragraphs]);

describe('the help guide', () => {
  it('names only commands of the command table', () => {
    for (const language of ['id', 'en'] as const) {
      expect(allText(language).flatMap(unknownCommandTokens)).toEqual([]);
    }
    expect(unknownCommandTokens('{cmd:noSuchCommand} {key:approve}')).toEqual([
      '{cmd:noSuchCommand}',
    ]);
  });

  it('fills labels and keys from the command table', () => {
    expect(guideText('{cmd:undo} ({key:undo})', 'id', false)).toBe('Urungkan (Ctrl+Z)');
    expect(guideText('{cmd:undo}, {keys:Mod+V}', 'en', false)).toBe('Undo, Ctrl+V');
  });

  it('has the same sections and pictures in both languages, and every picture exists', () => {
    const shape = (language: 'id' | 'en') =>
      GUIDE[language].map((section) => [section.id, section.picture?.file]);
    expect(shape('en')).toEqual(shape('id'));
    const used = GUIDE.id.flatMap((section) => (section.picture ? [section.picture.file] : []));
    expect([...used].sort()).toEqual([...GUIDE_PICTURES].sort());
    for (const file of GUIDE_PICTURES) {
      expect(existsSync(path.resolve('renderer/public/help', file)), file).toBe(true);
    }
  });
});

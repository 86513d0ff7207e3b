// Symbols named by their outlines, whatever drew them; and the paper from the page size.

import { describe, expect, it } from 'vitest';
import { readPageDrawing } from '../../../electron/services/pdf-import/recognise/drawing';
import { paperOfPage } from '../../../electron/services/pdf-import/recognise/paper';
import { classifyOutline } from '../../../electron/services/pdf-import/recognise/symbols';
import { PageDrawing, p } from './synthetic-page';

function kindsOf(draw: (page: PageDrawing) => void) {
  const page = new PageDrawing();
  draw(page);
  return readPageDrawing(page.page).outlines.map(classifyOutline);
}

describe('classifyOutline', () => {
  it('names the five shapes', () => {
    expect(kindsOf((d) => d.rect(10, 10, 50, 20))).toEqual(['process']);
    expect(kindsOf((d) => d.capsule(10, 10, 50, 20))).toEqual(['terminator']);
    expect(kindsOf((d) => d.diamond(10, 10, 50, 30))).toEqual(['decision']);
    expect(kindsOf((d) => d.pentagon(10, 10, 18, 16))).toEqual(['offpage']);
    expect(kindsOf((d) => d.capsule(10, 10, 20, 20))).toEqual(['circle']);
  });

  it('counts a ring (a stroked shape printed through EMF) once', () => {
    expect(
      kindsOf((d) => {
        d.rect(10, 10, 50, 20);
        d.rect(10.4, 10.4, 49.2, 19.2);
      }),
    ).toEqual(['process']);
  });

  it('reads a filled triangle as an arrowhead pointing at its tip', () => {
    const page = new PageDrawing();
    page.arrow([p(10, 10), p(10, 40)]);
    const drawing = readPageDrawing(page.page);
    expect(drawing.arrowheads).toHaveLength(1);
    expect(drawing.arrowheads[0]!.tip).toEqual(p(10, 40));
    expect(drawing.outlines).toEqual([]);
  });
});

describe('paperOfPage', () => {
  it('knows A4, F4 and Legal in either orientation', () => {
    expect(paperOfPage(841.89, 595.28)).toEqual({ paper: 'A4', exact: true });
    expect(paperOfPage(609.45, 935.43)).toEqual({ paper: 'F4', exact: true });
    expect(paperOfPage(1008, 612)).toEqual({ paper: 'Legal', exact: true });
  });

  it('takes Letter as the nearest, A4, and says it is not exact', () => {
    expect(paperOfPage(792, 612)).toEqual({ paper: 'A4', exact: false });
  });
});

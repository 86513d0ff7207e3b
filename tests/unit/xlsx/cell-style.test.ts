// Cell styles as the import reads them: which sides have a border and the fill's colour; white
// fills and empty patterns show nothing.

import { describe, expect, it } from 'vitest';
import { PLAIN_LOOK, readCellLooks } from '../../../electron/services/ooxml/cell-style';
import { parseXmlText } from '../../../electron/services/ooxml/xml';

const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFFFFFF"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.6"/></patternFill></fill></fills>
<borders count="3"><border><left/><right/><top/><bottom/></border>
<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="medium"/></border>
<border><left style="none"/><right/><top/><bottom style="thin"/></border></borders>
<cellXfs count="6"><xf/><xf fillId="2" borderId="1"/><xf fillId="3"/><xf fillId="4"/><xf borderId="2"/><xf fillId="3" borderId="0"/></cellXfs>
</styleSheet>`;

describe('cell looks', () => {
  const looks = readCellLooks(parseXmlText(styles, 'xl/styles.xml'));

  it('reads a boxed, filled cell', () => {
    expect(looks[1]).toEqual({
      border: { top: true, right: true, bottom: true, left: true },
      fill: 'FFDDEBF7',
    });
  });

  it('reads theme fills and single borders', () => {
    expect(looks[3]?.fill).toBe('theme 4');
    expect(looks[4]?.border).toEqual({ top: false, right: false, bottom: true, left: false });
    expect(looks[4]?.fill).toBeNull();
  });

  it('reads unstyled cells and white fills as plain', () => {
    expect(looks[0]).toBe(PLAIN_LOOK);
    expect(looks[2]).toBe(PLAIN_LOOK);
    expect(looks[5]).toBe(PLAIN_LOOK);
  });
});

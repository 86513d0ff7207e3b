// How a cell looks as far as the import cares: which sides have a border and whether it is
// filled, per cell style (`cellXfs` of xl/styles.xml). Web SOP builders draw each symbol as a
// bordered, filled cell instead of a shape, so these are what tell a symbol from plain text.

import { attr, child, children, type XmlElement } from './xml';

export type BorderSides = { top: boolean; right: boolean; bottom: boolean; left: boolean };

export type CellLook = {
  border: BorderSides;
  /** The fill's colour (`FFDDEBF7`, `theme 4`, `indexed 22`, `gradient`); null when unfilled. */
  fill: string | null;
};

export const PLAIN_LOOK: CellLook = {
  border: { top: false, right: false, bottom: false, left: false },
  fill: null,
};

/** White is how many workbooks "clear" a fill: it shows nothing on the page. */
const WHITE = /^(?:FF)?FFFFFF$/i;

/** The look of each cell style index; styles that show nothing share PLAIN_LOOK. */
export function readCellLooks(xml: XmlElement | undefined): CellLook[] {
  const styleSheet = child(xml, 'styleSheet');
  const borders = children(child(styleSheet, 'borders'), 'border').map(borderSides);
  const fills = children(child(styleSheet, 'fills'), 'fill').map(fillColour);
  return children(child(styleSheet, 'cellXfs'), 'xf').map((xf) => {
    const border = borders[Number(attr(xf, 'borderId') ?? '0')] ?? PLAIN_LOOK.border;
    const fill = fills[Number(attr(xf, 'fillId') ?? '0')] ?? null;
    return fill === null && !hasBorder(border) ? PLAIN_LOOK : { border, fill };
  });
}

export function hasBorder(border: BorderSides): boolean {
  return border.top || border.right || border.bottom || border.left;
}

/** All four sides: a box, as a symbol cell is drawn (a table's grid lines give one too). */
export function isBoxed(border: BorderSides): boolean {
  return border.top && border.right && border.bottom && border.left;
}

function borderSides(border: XmlElement): BorderSides {
  const drawn = (side: string, alias: string): boolean => {
    const style = attr(child(border, side) ?? child(border, alias), 'style');
    return style !== undefined && style !== 'none';
  };
  return {
    top: drawn('top', 'top'),
    right: drawn('right', 'end'),
    bottom: drawn('bottom', 'bottom'),
    left: drawn('left', 'start'),
  };
}

/**
 * A fill's colour. Pattern `gray125` is the fill every styles part must list second; a cell
 * rarely uses it, but when one does it shows a faint grey, so it counts like any other pattern.
 */
function fillColour(fill: XmlElement): string | null {
  if (child(fill, 'gradientFill')) return 'gradient';
  const pattern = child(fill, 'patternFill');
  const type = attr(pattern, 'patternType') ?? (child(pattern, 'fgColor') ? 'solid' : 'none');
  if (type === 'none') return null;
  const colour =
    child(pattern, type === 'solid' ? 'fgColor' : 'bgColor') ?? child(pattern, 'fgColor');
  const rgb = attr(colour, 'rgb');
  if (rgb) return WHITE.test(rgb) && type === 'solid' ? null : rgb.toUpperCase();
  const theme = attr(colour, 'theme');
  // Theme colour 0 is "Background 1", white unless tinted.
  if (theme === '0' && attr(colour, 'tint') === undefined && type === 'solid') return null;
  if (theme !== undefined) return `theme ${theme}`;
  const indexed = attr(colour, 'indexed');
  // Indexed 9 is white in the legacy palette; 64 is the system foreground (no colour given).
  if (indexed === '9' && type === 'solid') return null;
  return indexed === undefined ? type : `indexed ${indexed}`;
}

// Text from documents and workbooks reaches a terminal only with its control characters made
// visible: an SOP or sheet name holding ESC, BEL or C1 codes could otherwise clear the screen,
// retitle the window or hide lines. `safeLine` guards every line the CLI prints; `visible`
// also escapes tab and newline inside one field, so a name cannot break a column or a line.

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const EVERY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_TAB_AND_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const JSON_RAW_CONTROL = /[\u007f-\u009f]/g;

/** One piece of external text (a name, a sheet, a note) with every control as `\xNN`. */
export function visible(text: string): string {
  return text.replace(EVERY_CONTROL, hexEscape);
}

/** A whole output line: the CLI's own tabs and newlines kept, any other control as `\xNN`. */
export function safeLine(line: string): string {
  return line.replace(CONTROL_BUT_TAB_AND_NEWLINE, hexEscape);
}

/**
 * JSON text for a terminal: JSON.stringify escapes C0 controls but leaves DEL and the C1
 * controls raw; as `\u00NN` they stay the same value and the JSON stays valid.
 */
export function terminalJson(json: string): string {
  return json.replace(JSON_RAW_CONTROL, (char) => `\\u${hex(char).padStart(4, '0')}`);
}

function hexEscape(char: string): string {
  return `\\x${hex(char).padStart(2, '0')}`;
}

function hex(char: string): string {
  return char.charCodeAt(0).toString(16);
}

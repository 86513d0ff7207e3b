// Print settings kept by the app's own exports in the hidden defined name SOP_Cetak.

import { describe, expect, it } from 'vitest';
import { readPrintSettings } from '../../../electron/services/ooxml/print-settings';

describe('readPrintSettings', () => {
  it('reads the JSON of an Excel string constant, also when split with &', () => {
    const json = JSON.stringify({
      paper: 'F4',
      coordination: ['Kabag Organisasi'],
      narrativeTable: true,
      legend: false,
    });
    const constant = `"${json.replace(/"/g, '""')}"`;
    expect(readPrintSettings(constant)).toEqual(JSON.parse(json));
    const at = constant.indexOf('coordination');
    const split = `${constant.slice(0, at)}"&"${constant.slice(at)}`;
    expect(readPrintSettings(split)?.coordination).toEqual(['Kabag Organisasi']);
  });

  it('ignores names that are missing or not valid settings', () => {
    expect(readPrintSettings(undefined)).toBeNull();
    expect(readPrintSettings('"{""paper"":""A3""}"')).toBeNull();
    expect(readPrintSettings('Sheet1!$A$1')).toBeNull();
  });
});

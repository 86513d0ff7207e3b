// The SOP's library id and revision kept by workbooks exported from the library (SOP_Pustaka).

import { describe, expect, it } from 'vitest';
import { encodeLibraryRef, readLibraryRef } from '../../../electron/services/ooxml/library-ref';

describe('library reference of an exported workbook', () => {
  it('reads back what it writes, with or without a revision', () => {
    const ref = { id: '6f1c2b9e-0d7a-4a51-9a43-1f0c9f4a7e21', revision: 3 };
    expect(readLibraryRef(encodeLibraryRef(ref))).toEqual(ref);
    expect(readLibraryRef(encodeLibraryRef({ id: 'abc', revision: null }))).toEqual({
      id: 'abc',
      revision: null,
    });
  });

  it('ignores names that are missing or hold something else', () => {
    expect(readLibraryRef(undefined)).toBeNull();
    expect(readLibraryRef('Sheet1!$A$1')).toBeNull();
    expect(readLibraryRef('"{""id"":"""",""revision"":1}"')).toBeNull();
    expect(readLibraryRef('"{""id"":""x"",""revision"":0}"')).toBeNull();
    expect(readLibraryRef('"{""id"":""x"",""revision"":1,""extra"":true}"')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  setApprover,
  setExtraSections,
  setIdentityField,
  setIdentityList,
  setLogo,
  setPrintSetting,
} from '../../../renderer/src/state/actions/identity';
import { docWith } from './helpers';

describe('identity and print actions', () => {
  it('sets a text item and keeps the steps by reference', () => {
    const doc = docWith([{ activity: 'A' }]);
    const next = setIdentityField(doc, 'name', 'Pembinaan KELANA');
    expect(next.identity.name).toBe('Pembinaan KELANA');
    expect(next.steps).toBe(doc.steps);
    expect(setIdentityField(next, 'name', 'Pembinaan KELANA')).toBe(next);
  });

  it('replaces a list with a copy and ignores an identical list', () => {
    const doc = docWith([]);
    const items = ['UU 23/2002', 'PP 2/2018'];
    const next = setIdentityList(doc, 'legalBasis', items);
    expect(next.identity.legalBasis).toEqual(items);
    expect(next.identity.legalBasis).not.toBe(items);
    expect(setIdentityList(next, 'legalBasis', [...items])).toBe(next);
  });

  it('sets the approver parts, the logo, extra sections and print settings', () => {
    let doc = docWith([]);
    doc = setApprover(doc, 'nip', '19620603 198503 1 016');
    expect(doc.identity.approvedBy.nip).toBe('19620603 198503 1 016');
    doc = setLogo(doc, { mime: 'image/png', data: 'AAAA' });
    expect(doc.identity.logo?.data).toBe('AAAA');
    doc = setExtraSections(doc, [{ label: 'Tujuan', items: ['x'] }]);
    expect(doc.identity.extraSections).toEqual([{ label: 'Tujuan', items: ['x'] }]);
    doc = setPrintSetting(doc, 'paper', 'A4');
    expect(doc.print.paper).toBe('A4');
    expect(setPrintSetting(doc, 'paper', 'A4')).toBe(doc);
  });
});

// Identity (Identitas) and print settings actions, used by the identity form and the print
// options: one place for every document edit, so undo covers them like the table.

import type {
  Approver,
  ExtraSection,
  IdentityListField,
  IdentityTextField,
  Logo,
  PrintSettings,
  SopDocument,
} from '../../../../shared/model';

export function setIdentityField(
  doc: SopDocument,
  field: IdentityTextField,
  value: string,
): SopDocument {
  if (doc.identity[field] === value) return doc;
  return { ...doc, identity: { ...doc.identity, [field]: value } };
}

/** Replaces a list item of the identity (Dasar Hukum, Kualifikasi Pelaksana, …) as a whole. */
export function setIdentityList(
  doc: SopDocument,
  field: IdentityListField,
  items: readonly string[],
): SopDocument {
  const current = doc.identity[field];
  if (current.length === items.length && current.every((item, i) => item === items[i])) return doc;
  return { ...doc, identity: { ...doc.identity, [field]: [...items] } };
}

/** Sets one part of Disahkan oleh: title (jabatan), name or NIP. */
export function setApprover(doc: SopDocument, field: keyof Approver, value: string): SopDocument {
  if (doc.identity.approvedBy[field] === value) return doc;
  const approvedBy = { ...doc.identity.approvedBy, [field]: value };
  return { ...doc, identity: { ...doc.identity, approvedBy } };
}

export function setLogo(doc: SopDocument, logo: Logo | null): SopDocument {
  if (doc.identity.logo === logo) return doc;
  return { ...doc, identity: { ...doc.identity, logo } };
}

/** Replaces the extra labelled sections (Tujuan, Definisi, …). */
export function setExtraSections(doc: SopDocument, sections: readonly ExtraSection[]): SopDocument {
  const extraSections = sections.map((s) => ({ label: s.label, items: [...s.items] }));
  return { ...doc, identity: { ...doc.identity, extraSections } };
}

/** Sets one print setting: paper, Paraf Koordinasi rows, narrative table or legend. */
export function setPrintSetting<K extends keyof PrintSettings>(
  doc: SopDocument,
  key: K,
  value: PrintSettings[K],
): SopDocument {
  if (doc.print[key] === value) return doc;
  return { ...doc, print: { ...doc.print, [key]: value } };
}

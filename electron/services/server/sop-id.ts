// An SOP's id on the organisation server. Library ids are random UUIDs and are used as they are;
// an id that is not a UUID (libraries made by tests or by hand) maps to a fixed name-based UUID,
// so every PC of a unit gives the same SOP the same server id.

import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function serverSopId(libraryId: string): string {
  if (UUID.test(libraryId)) return libraryId.toLowerCase();
  const hex = createHash('sha256').update(`sop-ap-editor:${libraryId}`).digest('hex');
  const variant = (8 | (parseInt(hex.charAt(16), 16) & 3)).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// The default layout settings of a document: its paper and the margins offices print with.

import { mm } from '../model';
import type { SopDocument } from '../model';
import type { LayoutSettings, Margins } from './types';

/** 2 cm on the binding (left) side, 1.5 cm elsewhere, as offices print SOPs. */
export const DEFAULT_MARGINS: Margins = {
  top: mm(15),
  right: mm(15),
  bottom: mm(15),
  left: mm(20),
};

export function defaultLayoutSettings(doc: SopDocument): LayoutSettings {
  return {
    paper: doc.print.paper,
    margins: { ...DEFAULT_MARGINS },
    connectorLabels: 'letter',
    identityPage: true,
    draftMark: null,
  };
}

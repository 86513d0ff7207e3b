// Fresh documents: an empty SOP, optionally pre-filled from the organisation profile.

import type { Approver, Logo, Paper, SopDocument, Step, StepSymbol } from './types';

export type IdentityDefaults = {
  government?: string;
  agency?: string;
  unit?: string;
  logo?: Logo | null;
  approvedBy?: Approver;
  paper?: Paper;
};

export function emptySop(defaults: IdentityDefaults = {}): SopDocument {
  return {
    format: 'sop-ap',
    version: 1,
    identity: {
      government: defaults.government ?? '',
      agency: defaults.agency ?? '',
      unit: defaults.unit ?? '',
      logo: defaults.logo ?? null,
      number: '',
      createdDate: '',
      revisionDate: '',
      effectiveDate: '',
      approvedBy: { ...(defaults.approvedBy ?? { title: '', name: '', nip: '' }) },
      name: '',
      legalBasis: [],
      qualifications: [],
      relatedSops: [],
      equipment: [],
      warnings: [],
      records: [],
      extraSections: [],
    },
    executors: [],
    steps: [],
    print: {
      paper: defaults.paper ?? 'F4',
      coordination: [],
      narrativeTable: false,
      legend: false,
    },
  };
}

export function emptyStep(id: string, symbol: StepSymbol = 'process'): Step {
  return {
    id,
    activity: '',
    executors: [],
    symbol,
    yes: null,
    no: null,
    labels: null,
    requirements: '',
    time: '',
    output: '',
    notes: '',
  };
}

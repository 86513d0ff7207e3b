// What the library knows of the organisation server (Server organisasi) per SOP: the register's
// status words, and what publishing and pulling report. Shared so the renderer shows them.

/** The register's status of an SOP: dikirim, dikembalikan, diterima, ditetapkan. */
export const SERVER_STATUSES = ['submitted', 'returned', 'accepted', 'set'] as const;
export type ServerStatus = (typeof SERVER_STATUSES)[number];

/** One SOP of the register with its latest published revision and where it stands. */
export type RegisterRow = {
  id: string;
  unit: string;
  name: string;
  number: string;
  revision: number;
  latestRevision: string;
  status: ServerStatus;
  reviewNote: string;
  reviewedBy: string;
  reviewedAt: string | null;
  decreeNumber: string;
  decreeDate: string | null;
  decreeNumeral: string;
  publishedAt: string | null;
};

/** The bureau's word on an SOP's latest revision: its review and the decree that set it. */
export type BureauWord = {
  note: string;
  reviewedBy: string;
  reviewedAt: string | null;
  decreeNumber: string;
  decreeDate: string | null;
  decreeNumeral: string;
};

/** The register's status of an SOP with the bureau's word, as a pull brings it. */
export type PulledStatus = BureauWord & { status: ServerStatus };

/**
 * An SOP's standing with the server as this library knows it: `not-sent` (belum dikirim: never
 * sent, nothing waiting), `queued` (menunggu dikirim: in the outbox), else the status last
 * pulled or set by a successful send. `unsent` counts saved revisions not yet on the server.
 */
export type LocalServerStatus = BureauWord & {
  state: 'not-sent' | 'queued' | ServerStatus;
  unsent: number;
  /** Why the last attempt to send it failed (empty when it did not). */
  lastMessage: string;
};

/** What sending one SOP did: revisions sent, nothing new, refused as stale, or failed (queued). */
export type PublishOutcome = {
  id: string;
  name: string;
  sent: number;
  state: 'sent' | 'up-to-date' | 'stale' | 'failed';
  message: string;
};

/** What a pull changed: statuses (with notes) and new revisions from the server. */
export type PullOutcome = {
  updated: { id: string; name: string; status: ServerStatus }[];
  revisions: { id: string; name: string; revision: number; differences: number }[];
};

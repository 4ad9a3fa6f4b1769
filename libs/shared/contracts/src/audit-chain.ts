/** The audit trail's hash chain as `GET /api/audit-chain` and `POST /api/audit-chain/verify` report it. */
export type AuditChainProblemKind = 'altered' | 'missing' | 'unchained' | 'head' | 'checkpoint';

export interface AuditChainReport {
  ok: boolean;
  events: number;
  head: { seq: string; hash: string };
  legacyEvents: number;
  /** The first broken link, by sequence number and event id (never the event's content). */
  firstProblem: { kind: AuditChainProblemKind; seq: string | null; eventId: string | null; message: string } | null;
  checkpoint?: { seq: string; matches: boolean };
}

/** A signed checkpoint of the chain's head (`POST /api/audit-chain/checkpoints`), kept outside the database. */
export interface AuditChainCheckpoint {
  seq: string;
  hash: string;
  createdAt: string;
  mac: string;
}

import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@ct/api-core';
import { type AuditCheckpoint, GENESIS_HASH, chainHash, checkpointIsAuthentic, signCheckpoint } from './audit-chain';
import { AuditEventEntity } from './entities/audit-event.entity';

export type ChainProblemKind = 'altered' | 'missing' | 'unchained' | 'head' | 'checkpoint';

/** The first broken link, named by sequence number and event id; never an event's content. */
export interface ChainProblem {
  kind: ChainProblemKind;
  seq: string | null;
  eventId: string | null;
  message: string;
}

export interface ChainReport {
  ok: boolean;
  /** Chained events checked. */
  events: number;
  head: { seq: string; hash: string };
  /** Events written before the chain existed (not covered by it). */
  legacyEvents: number;
  firstProblem: ChainProblem | null;
  /** When a checkpoint was given: whether the chain still holds it. */
  checkpoint?: { seq: string; matches: boolean };
}

const BATCH = 2000;

@Injectable()
export class AuditChainService {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // Derived from the app's secrets: whoever holds only the database cannot sign a checkpoint.
    this.key = createHmac('sha256', config.indexKey).update('audit chain checkpoint').digest();
  }

  /** A signed statement of the chain's current head, to export and keep outside the database. */
  async checkpoint(): Promise<AuditCheckpoint> {
    const [head] = (await this.dataSource.query(`SELECT seq::text AS seq, hash FROM audit_chain_head WHERE id = 1`)) as { seq: string; hash: string }[];
    return signCheckpoint(this.key, head.seq, head.hash, new Date().toISOString());
  }

  /**
   * Walks the chain in order, recomputing every hash. Reports the first altered, missing or unchained
   * event, a head that does not match the last event, and (given a checkpoint) whether the chain still
   * has the hash the checkpoint recorded at its position: recomputing the whole chain cannot fake that.
   */
  async verify(checkpoint?: AuditCheckpoint): Promise<ChainReport> {
    const repo = this.dataSource.getRepository(AuditEventEntity);
    const [head] = (await this.dataSource.query(`SELECT seq::text AS seq, hash, started_at AS "startedAt" FROM audit_chain_head WHERE id = 1`)) as { seq: string; hash: string; startedAt: Date }[];
    const legacy = await repo.find({ where: { seq: IsNull() }, select: { id: true, createdAt: true }, order: { createdAt: 'ASC' } });
    const report: ChainReport = { ok: true, events: 0, head: { seq: head.seq, hash: head.hash }, legacyEvents: 0, firstProblem: null };
    const fail = (problem: ChainProblem) => {
      report.ok = false;
      report.firstProblem ??= problem;
    };
    let cpAuthentic = true;
    if (checkpoint) {
      cpAuthentic = checkpointIsAuthentic(this.key, checkpoint);
      report.checkpoint = { seq: String(checkpoint.seq), matches: false };
      if (!cpAuthentic) fail({ kind: 'checkpoint', seq: null, eventId: null, message: 'the checkpoint is not authentic (wrong key or edited)' });
    }

    let prevHash = GENESIS_HASH;
    let expected = 1n;
    let after = '0';
    for (;;) {
      const rows = await repo.find({ where: { seq: MoreThan(after) }, order: { seq: 'ASC' }, take: BATCH });
      for (const row of rows) {
        const seq = BigInt(row.seq as string);
        if (seq !== expected) {
          fail({ kind: 'missing', seq: expected.toString(), eventId: null, message: `event ${expected}${seq - expected > 1n ? ` to ${seq - 1n}` : ''} is missing` });
        }
        const hash = chainHash(row.seq as string, prevHash, row);
        if (hash !== row.hash) fail({ kind: 'altered', seq: row.seq, eventId: row.id, message: `event ${row.seq} was altered (its hash does not match its content and the previous event)` });
        if (checkpoint && cpAuthentic && row.seq === String(checkpoint.seq)) {
          report.checkpoint = { seq: row.seq, matches: hash === checkpoint.hash && row.hash === checkpoint.hash };
          if (!report.checkpoint.matches) fail({ kind: 'checkpoint', seq: row.seq, eventId: row.id, message: `event ${row.seq} differs from the exported checkpoint: the chain was rewritten up to there` });
        }
        // Continue from the stored hash, so one altered event is reported once, not with every later one.
        prevHash = row.hash ?? hash;
        expected = seq + 1n;
        report.events++;
      }
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].seq as string;
    }
    const last = (expected - 1n).toString();
    if (last !== head.seq || (report.events > 0 && prevHash !== head.hash)) {
      fail({ kind: 'head', seq: last, eventId: null, message: BigInt(head.seq) > expected - 1n ? `events ${expected} to ${head.seq} are missing (the head says ${head.seq})` : `the chain head (${head.seq}) does not match the last event (${last})` });
    }
    if (checkpoint && cpAuthentic && report.checkpoint && !report.checkpoint.matches && report.firstProblem === null) {
      fail({ kind: 'checkpoint', seq: String(checkpoint.seq), eventId: null, message: `event ${checkpoint.seq} of the exported checkpoint is missing` });
    }
    for (const event of legacy) {
      if (event.createdAt >= head.startedAt) {
        fail({ kind: 'unchained', seq: null, eventId: event.id, message: `event ${event.id} is not in the chain (inserted around the app)` });
        break;
      }
    }
    report.legacyEvents = legacy.length;
    return report;
  }
}

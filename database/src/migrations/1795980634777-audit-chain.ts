import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_GROUP_ROLE } from './1795980139847-runtime-role';

/**
 * The audit hash chain (libs/api/audit/src/audit-chain.ts): each event's sequence number and hash, and
 * one head row that every audit insert locks and advances in its transaction, so the sequence is gapless
 * under concurrent transactions (a rolled-back event rolls the head back with it). Events written before
 * this migration keep a null `seq`; any unchained event after `started_at` is reported as tampering.
 * The runtime role may read and advance the head, never insert or delete it.
 */
export class AuditChain1795980634777 implements MigrationInterface {
  name = 'AuditChain1795980634777';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"audit_events\" ADD \"seq\" bigint");
    await queryRunner.query("ALTER TABLE \"audit_events\" ADD \"hash\" text");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_audit_events_seq\" ON \"audit_events\"  (\"seq\") ");
    await queryRunner.query(`CREATE TABLE "audit_chain_head" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "seq" bigint NOT NULL,
      "hash" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await queryRunner.query(`INSERT INTO "audit_chain_head" ("id", "seq", "hash") VALUES (1, 0, '${'0'.repeat(64)}')`);
    await queryRunner.query(`REVOKE ALL ON "audit_chain_head" FROM ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`GRANT SELECT, UPDATE ON "audit_chain_head" TO ${RUNTIME_GROUP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query("DROP INDEX \"public\".\"uq_audit_events_seq\"");
    await queryRunner.query("ALTER TABLE \"audit_events\" DROP COLUMN \"hash\"");
    await queryRunner.query("ALTER TABLE \"audit_events\" DROP COLUMN \"seq\"");
  }
}

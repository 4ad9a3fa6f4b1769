import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for the hardship statistics (libs/api/stats). Each lets one table be read in client
 * order without touching the table itself, so the report merges four ordered index scans instead of
 * sorting or hashing (see hardship.sql.ts; about 4x faster at 100k clients). The entities declare them
 * with `synchronize: false` (managed here, not compared by the schema diff).
 */
const STATS_TYPES = "'I589_FILED', 'EAD_APPLIED', 'EAD_APPROVED', 'EAD_CARD_RECEIVED', 'ASYLUM_GRANTED', 'ASYLUM_DENIED', 'REFERRED_TO_COURT', 'CLOCK_STOP'";

export class StatsIndexes1795467824725 implements MigrationInterface {
  name = 'StatsIndexes1795467824725';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Only the milestone types the report reads (HARDSHIP_MILESTONE_TYPES): about half the table.
    await queryRunner.query(
      `CREATE INDEX "idx_milestones_stats" ON "milestones" ("client_id", "type", "date") INCLUDE ("end_date") ` +
        `WHERE "type" IN (${STATS_TYPES})`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_clients_stats" ON "clients" ("id") INCLUDE ("last_arrival_on", "education_level", "english_level", "profession") WHERE NOT "exclude_from_statistics"`,
    );
    await queryRunner.query(`CREATE INDEX "idx_housing_situations_stats" ON "housing_situations" ("client_id") INCLUDE ("started_on", "ended_on", "category")`);
    await queryRunner.query(`CREATE INDEX "idx_support_needs_stats" ON "support_needs" ("client_id") INCLUDE ("opened_on", "category")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_support_needs_stats"`);
    await queryRunner.query(`DROP INDEX "idx_housing_situations_stats"`);
    await queryRunner.query(`DROP INDEX "idx_clients_stats"`);
    await queryRunner.query(`DROP INDEX "idx_milestones_stats"`);
  }
}

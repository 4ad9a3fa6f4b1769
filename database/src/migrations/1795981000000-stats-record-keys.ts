import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every client gets a permanent, secret, random record key for the cell-key perturbation of the
 * statistics (libs/domain/src/stats/cell-key.ts): 31 random bits from gen_random_uuid() (a strong
 * random source; the first 8 hex digits of a version-4 UUID are all random). Existing clients get
 * theirs here, new ones from the column default. The key is never selected by the entity nor sent
 * anywhere; only sums of keys are read, inside the statistics queries. The covering statistics index
 * is rebuilt to include it.
 */
export class StatsRecordKeys1795981000000 implements MigrationInterface {
  name = 'StatsRecordKeys1795981000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION stats_record_key() RETURNS integer LANGUAGE sql VOLATILE AS ` +
        `$$ SELECT (('x' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8))::bit(32)::integer) & 2147483647 $$`,
    );
    await queryRunner.query(`ALTER TABLE "clients" ADD "stats_record_key" integer NOT NULL DEFAULT stats_record_key()`);
    await queryRunner.query(`DROP INDEX "idx_clients_stats"`);
    await queryRunner.query(
      `CREATE INDEX "idx_clients_stats" ON "clients" ("id") INCLUDE ("last_arrival_on", "education_level", "english_level", "profession", "stats_record_key") WHERE NOT "exclude_from_statistics"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_clients_stats"`);
    await queryRunner.query(
      `CREATE INDEX "idx_clients_stats" ON "clients" ("id") INCLUDE ("last_arrival_on", "education_level", "english_level", "profession") WHERE NOT "exclude_from_statistics"`,
    );
    await queryRunner.query(`ALTER TABLE "clients" DROP COLUMN "stats_record_key"`);
    await queryRunner.query(`DROP FUNCTION stats_record_key()`);
  }
}

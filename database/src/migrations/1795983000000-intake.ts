import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Intake: new client fields (identifying ones encrypted by the application), the likely-duplicate and
 * A-number-tail blind indexes, and the version of the search-index scheme. Existing rows get version 0;
 * their indexes are recomputed by the app (which holds the keys) at start or by `reindex-clients`, never
 * here: a migration cannot decrypt.
 */
export class Intake1795983000000 implements MigrationInterface {
  name = 'Intake1795983000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients" ADD "a_number_tail_index" text`);
    await queryRunner.query(`ALTER TABLE "clients" ADD "identity_index" text`);
    await queryRunner.query(`ALTER TABLE "clients" ADD "search_index_version" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "clients" ADD "chosen_name_enc" text`);
    await queryRunner.query(`ALTER TABLE "clients" ADD "pronouns_enc" text`);
    await queryRunner.query(`ALTER TABLE "clients" ADD "attorney_enc" text`);
    await queryRunner.query(`ALTER TABLE "clients" ADD "contact_handle_enc" text`);
    await queryRunner.query(`ALTER TABLE "clients" ADD "contact_channel" text`);
    await queryRunner.query(`ALTER TABLE "clients" ADD "asylum_office" text`);
    await queryRunner.query(`ALTER TABLE "clients" ADD "interpreter_language" text`);
    await queryRunner.query(`CREATE INDEX "idx_clients_a_number_tail_index" ON "clients" ("a_number_tail_index") `);
    await queryRunner.query(`CREATE INDEX "idx_clients_identity_index" ON "clients" ("identity_index") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_clients_identity_index"`);
    await queryRunner.query(`DROP INDEX "public"."idx_clients_a_number_tail_index"`);
    for (const column of ['interpreter_language', 'asylum_office', 'contact_channel', 'contact_handle_enc', 'attorney_enc', 'pronouns_enc', 'chosen_name_enc', 'search_index_version', 'identity_index', 'a_number_tail_index']) {
      await queryRunner.query(`ALTER TABLE "clients" DROP COLUMN "${column}"`);
    }
  }
}

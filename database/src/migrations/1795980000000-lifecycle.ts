import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data lifecycle: erased clients (kept only as anonymous statistics, with consent) and dated consent records. */
export class Lifecycle1795980000000 implements MigrationInterface {
  name = 'Lifecycle1795980000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE TABLE "client_consents" ("id" uuid NOT NULL, "client_id" uuid NOT NULL, "purpose" text NOT NULL, "granted" boolean NOT NULL, "detail" text, "given_on" date NOT NULL, "expires_on" date, "withdrawn_on" date, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_client_consents" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_client_consents_client" ON "client_consents"  ("client_id", "purpose") `);
    await queryRunner.query(`ALTER TABLE "client_consents" ADD CONSTRAINT "fk_client_consents_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "client_consents" ADD CONSTRAINT "fk_client_consents_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client_consents" DROP CONSTRAINT "fk_client_consents_recorded_by"`);
    await queryRunner.query(`ALTER TABLE "client_consents" DROP CONSTRAINT "fk_client_consents_client"`);
    await queryRunner.query(`DROP INDEX "public"."idx_client_consents_client"`);
    await queryRunner.query(`DROP TABLE "client_consents"`);
    await queryRunner.query(`ALTER TABLE "clients" DROP COLUMN "erased_at"`);
  }
}

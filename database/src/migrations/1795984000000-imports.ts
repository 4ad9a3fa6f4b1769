import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Imports1795984000000 implements MigrationInterface {
  name = 'Imports1795984000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"import_jobs\" (\"id\" uuid NOT NULL, \"created_by_id\" uuid NOT NULL, \"caseworker_id\" uuid, \"status\" text NOT NULL, \"total\" integer NOT NULL, \"summary\" jsonb, \"report\" jsonb, \"failure\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"finished_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"ck_import_jobs_status\" CHECK (\"status\" IN ('running', 'done', 'failed')), CONSTRAINT \"PK_4d206c602f173f98e4bb85819a3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_import_jobs_created_by\" ON \"import_jobs\"  (\"created_by_id\") ");
    await queryRunner.query("CREATE TABLE \"import_row_keys\" (\"key\" text NOT NULL, \"client_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c1ad1ea972b57c313aa38633c4d\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE INDEX \"idx_import_row_keys_client\" ON \"import_row_keys\"  (\"client_id\") ");
    await queryRunner.query("CREATE TABLE \"import_mappings\" (\"user_id\" uuid NOT NULL, \"mapping\" jsonb NOT NULL, \"date_order\" text NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_381cf8a870976f39b18e6ab2cd0\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("ALTER TABLE \"import_jobs\" ADD CONSTRAINT \"fk_import_jobs_created_by\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"import_row_keys\" ADD CONSTRAINT \"fk_import_row_keys_client\" FOREIGN KEY (\"client_id\") REFERENCES \"clients\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"import_mappings\" ADD CONSTRAINT \"fk_import_mappings_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // An erased client keeps no keyed hash of their identity: erasure that keeps the row for statistics
    // (erased_at set) forgets their import keys too; a deleted row takes them with it (ON DELETE CASCADE).
    await queryRunner.query(`CREATE FUNCTION import_row_keys_forget() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM import_row_keys WHERE client_id = NEW.id; RETURN NEW; END $$`);
    await queryRunner.query(`CREATE TRIGGER trg_clients_erased_forget_import_keys AFTER UPDATE OF erased_at ON clients FOR EACH ROW WHEN (NEW.erased_at IS NOT NULL) EXECUTE FUNCTION import_row_keys_forget()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER trg_clients_erased_forget_import_keys ON clients');
    await queryRunner.query('DROP FUNCTION import_row_keys_forget()');
    await queryRunner.query("ALTER TABLE \"import_mappings\" DROP CONSTRAINT \"fk_import_mappings_user\"");
    await queryRunner.query("ALTER TABLE \"import_row_keys\" DROP CONSTRAINT \"fk_import_row_keys_client\"");
    await queryRunner.query("ALTER TABLE \"import_jobs\" DROP CONSTRAINT \"fk_import_jobs_created_by\"");
    await queryRunner.query("DROP TABLE \"import_mappings\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_import_row_keys_client\"");
    await queryRunner.query("DROP TABLE \"import_row_keys\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_import_jobs_created_by\"");
    await queryRunner.query("DROP TABLE \"import_jobs\"");
  }
}

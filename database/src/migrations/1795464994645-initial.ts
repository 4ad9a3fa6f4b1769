import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795464994645 implements MigrationInterface {
  name = 'Initial1795464994645';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_id\" uuid, \"actor_role\" text, \"action\" text NOT NULL, \"resource\" text NOT NULL, \"record_id\" uuid, \"details\" jsonb, CONSTRAINT \"PK_910f64d901a5c3e9878f0d4a407\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_audit_events_record\" ON \"audit_events\"  (\"resource\", \"record_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_events_created_at\" ON \"audit_events\"  (\"created_at\") ");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"password_hash\" text NOT NULL, \"role\" text NOT NULL, \"display_name\" text, \"disabled\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_login_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"ck_users_role\" CHECK (\"role\" IN ('admin', 'director', 'caseworker', 'volunteer')), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_email\" ON \"users\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"refresh_tokens\" (\"id\" uuid NOT NULL, \"family_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"secret_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_7d8bee0204106019488c4c50ffa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_refresh_tokens_user\" ON \"refresh_tokens\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_refresh_tokens_family\" ON \"refresh_tokens\"  (\"family_id\") ");
    await queryRunner.query("CREATE TABLE \"auth_throttle\" (\"key\" text NOT NULL, \"window_start\" TIMESTAMP WITH TIME ZONE NOT NULL, \"count\" integer NOT NULL, CONSTRAINT \"PK_4c7fca5065c568fa2bae24a1d26\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" ADD CONSTRAINT \"fk_refresh_tokens_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // The audit trail is append-only: the database itself refuses to change or remove an event.
    await queryRunner.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" DROP CONSTRAINT \"fk_refresh_tokens_user\"");
    await queryRunner.query("DROP TABLE \"auth_throttle\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_refresh_tokens_family\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_refresh_tokens_user\"");
    await queryRunner.query("DROP TABLE \"refresh_tokens\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_users_email\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_audit_events_created_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_audit_events_record\"");
    await queryRunner.query("DROP TABLE \"audit_events\"");
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_events_append_only()`);
  }
}

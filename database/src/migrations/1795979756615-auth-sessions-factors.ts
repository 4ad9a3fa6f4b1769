import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthSessionsFactors1795979756615 implements MigrationInterface {
  name = 'AuthSessionsFactors1795979756615';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"user_invitations\" (\"id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"purpose\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_c8005acb91c3ce9a7ae581eca8f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_user_invitations_user\" ON \"user_invitations\"  (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_user_invitations_token\" ON \"user_invitations\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"auth_sessions\" (\"id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_used_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ended_at\" TIMESTAMP WITH TIME ZONE, \"end_reason\" text, \"method\" text NOT NULL, \"user_agent\" text, \"address\" text, CONSTRAINT \"PK_641507381f32580e8479efc36cd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_auth_sessions_expires\" ON \"auth_sessions\"  (\"expires_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_auth_sessions_user\" ON \"auth_sessions\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"mfa_challenges\" (\"id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"secret_hash\" text NOT NULL, \"purpose\" text NOT NULL, \"failures\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"consumed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_25d85a6da62620267e003fb4da4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_mfa_challenges_expires\" ON \"mfa_challenges\"  (\"expires_at\") ");
    await queryRunner.query("CREATE TABLE \"mfa_totp\" (\"user_id\" uuid NOT NULL, \"secret_enc\" text, \"pending_secret_enc\" text, \"last_time_step\" bigint, \"confirmed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_33e55535b96c5ee98c7d8ac47a1\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE TABLE \"mfa_recovery_codes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"code_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_0076416b1b84361afc3371ba121\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_mfa_recovery_codes_user\" ON \"mfa_recovery_codes\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"mfa_passkeys\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"credential_id\" text NOT NULL, \"public_key\" bytea NOT NULL, \"counter\" bigint NOT NULL DEFAULT '0', \"transports\" text array NOT NULL DEFAULT '{}', \"name\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_636f5239246b5f52282964837d0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_mfa_passkeys_credential\" ON \"mfa_passkeys\"  (\"credential_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_mfa_passkeys_user\" ON \"mfa_passkeys\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"webauthn_challenges\" (\"id\" uuid NOT NULL, \"user_id\" uuid, \"purpose\" text NOT NULL, \"challenge\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_e2946be78aa4435a952618a944d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_webauthn_challenges_expires\" ON \"webauthn_challenges\"  (\"expires_at\") ");
    await queryRunner.query("ALTER TABLE \"audit_events\" ADD \"address\" text");
    await queryRunner.query("ALTER TABLE \"audit_events\" ADD \"user_agent\" text");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" ADD \"replaced_by_id\" uuid");
    await queryRunner.query("ALTER TABLE \"user_invitations\" ADD CONSTRAINT \"fk_user_invitations_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"auth_sessions\" ADD CONSTRAINT \"fk_auth_sessions_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Refresh tokens issued before sessions existed belong to no session: everyone signs in again once.
    await queryRunner.query("DELETE FROM \"refresh_tokens\"");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" ADD CONSTRAINT \"fk_refresh_tokens_session\" FOREIGN KEY (\"family_id\") REFERENCES \"auth_sessions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mfa_challenges\" ADD CONSTRAINT \"fk_mfa_challenges_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mfa_totp\" ADD CONSTRAINT \"fk_mfa_totp_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mfa_recovery_codes\" ADD CONSTRAINT \"fk_mfa_recovery_codes_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mfa_passkeys\" ADD CONSTRAINT \"fk_mfa_passkeys_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"webauthn_challenges\" ADD CONSTRAINT \"fk_webauthn_challenges_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"webauthn_challenges\" DROP CONSTRAINT \"fk_webauthn_challenges_user\"");
    await queryRunner.query("ALTER TABLE \"mfa_passkeys\" DROP CONSTRAINT \"fk_mfa_passkeys_user\"");
    await queryRunner.query("ALTER TABLE \"mfa_recovery_codes\" DROP CONSTRAINT \"fk_mfa_recovery_codes_user\"");
    await queryRunner.query("ALTER TABLE \"mfa_totp\" DROP CONSTRAINT \"fk_mfa_totp_user\"");
    await queryRunner.query("ALTER TABLE \"mfa_challenges\" DROP CONSTRAINT \"fk_mfa_challenges_user\"");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" DROP CONSTRAINT \"fk_refresh_tokens_session\"");
    await queryRunner.query("ALTER TABLE \"auth_sessions\" DROP CONSTRAINT \"fk_auth_sessions_user\"");
    await queryRunner.query("ALTER TABLE \"user_invitations\" DROP CONSTRAINT \"fk_user_invitations_user\"");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" DROP COLUMN \"replaced_by_id\"");
    await queryRunner.query("ALTER TABLE \"audit_events\" DROP COLUMN \"user_agent\"");
    await queryRunner.query("ALTER TABLE \"audit_events\" DROP COLUMN \"address\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_webauthn_challenges_expires\"");
    await queryRunner.query("DROP TABLE \"webauthn_challenges\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_mfa_passkeys_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_mfa_passkeys_credential\"");
    await queryRunner.query("DROP TABLE \"mfa_passkeys\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_mfa_recovery_codes_user\"");
    await queryRunner.query("DROP TABLE \"mfa_recovery_codes\"");
    await queryRunner.query("DROP TABLE \"mfa_totp\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_mfa_challenges_expires\"");
    await queryRunner.query("DROP TABLE \"mfa_challenges\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_auth_sessions_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_auth_sessions_expires\"");
    await queryRunner.query("DROP TABLE \"auth_sessions\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_user_invitations_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_user_invitations_user\"");
    await queryRunner.query("DROP TABLE \"user_invitations\"");
  }
}

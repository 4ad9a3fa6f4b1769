import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Deadlines1795982000000 implements MigrationInterface {
  name = 'Deadlines1795982000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"job_runs\" (\"id\" uuid NOT NULL, \"job\" text NOT NULL, \"run_key\" text NOT NULL, \"status\" text NOT NULL, \"attempts\" integer NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"lease_until\" TIMESTAMP WITH TIME ZONE NOT NULL, \"next_attempt_at\" TIMESTAMP WITH TIME ZONE, \"error\" text, \"result\" jsonb, CONSTRAINT \"PK_4d0012c04fcfc287550b76be7e9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_job_runs_started\" ON \"job_runs\"  (\"started_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_job_runs_job_key\" ON \"job_runs\"  (\"job\", \"run_key\") ");
    await queryRunner.query("CREATE TABLE \"tasks\" (\"id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"case_id\" uuid, \"assignee_id\" uuid, \"created_by_id\" uuid, \"kind\" text NOT NULL, \"due_on\" date NOT NULL, \"note_enc\" text, \"status\" text NOT NULL DEFAULT 'open', \"snoozed_until\" date, \"done_at\" TIMESTAMP WITH TIME ZONE, \"source_key\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_8d12ff38fcc62aaba2cab748772\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_tasks_source_key\" ON \"tasks\"  (\"source_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_tasks_client\" ON \"tasks\"  (\"client_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_tasks_assignee_due\" ON \"tasks\"  (\"assignee_id\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE TABLE \"digest_deliveries\" (\"user_id\" uuid NOT NULL, \"day\" date NOT NULL, \"via\" text NOT NULL, \"sent_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c926201cd161a43bdca445d4c56\" PRIMARY KEY (\"user_id\", \"day\"))");
    await queryRunner.query("CREATE TABLE \"mail_outbox\" (\"id\" uuid NOT NULL, \"to_address\" text NOT NULL, \"subject\" text NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_fecc63c96385bc35a39ccf2a72e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_mail_outbox_created\" ON \"mail_outbox\"  (\"created_at\") ");
    await queryRunner.query("CREATE TABLE \"calendar_feeds\" (\"user_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3212ce9ff23847e66347a6730d3\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_calendar_feeds_token\" ON \"calendar_feeds\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"milestones\" ADD \"valid_from\" date");
    await queryRunner.query("ALTER TABLE \"milestones\" ADD \"valid_until\" date");
    await queryRunner.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"fk_tasks_client\" FOREIGN KEY (\"client_id\") REFERENCES \"clients\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"fk_tasks_case\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"fk_tasks_assignee\" FOREIGN KEY (\"assignee_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"digest_deliveries\" ADD CONSTRAINT \"fk_digest_deliveries_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"calendar_feeds\" ADD CONSTRAINT \"fk_calendar_feeds_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"calendar_feeds\" DROP CONSTRAINT \"fk_calendar_feeds_user\"");
    await queryRunner.query("ALTER TABLE \"digest_deliveries\" DROP CONSTRAINT \"fk_digest_deliveries_user\"");
    await queryRunner.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"fk_tasks_assignee\"");
    await queryRunner.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"fk_tasks_case\"");
    await queryRunner.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"fk_tasks_client\"");
    await queryRunner.query("ALTER TABLE \"milestones\" DROP COLUMN \"valid_until\"");
    await queryRunner.query("ALTER TABLE \"milestones\" DROP COLUMN \"valid_from\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_calendar_feeds_token\"");
    await queryRunner.query("DROP TABLE \"calendar_feeds\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_mail_outbox_created\"");
    await queryRunner.query("DROP TABLE \"mail_outbox\"");
    await queryRunner.query("DROP TABLE \"digest_deliveries\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_tasks_assignee_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_tasks_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_tasks_source_key\"");
    await queryRunner.query("DROP TABLE \"tasks\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_job_runs_job_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_job_runs_started\"");
    await queryRunner.query("DROP TABLE \"job_runs\"");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Casework1795465702142 implements MigrationInterface {
  name = 'Casework1795465702142';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"clients\" (\"id\" uuid NOT NULL, \"code\" text NOT NULL, \"first_name_enc\" text NOT NULL, \"last_name_enc\" text NOT NULL, \"a_number_enc\" text, \"date_of_birth_enc\" text, \"email_enc\" text, \"phone_enc\" text, \"name_index\" text array NOT NULL DEFAULT '{}', \"a_number_index\" text, \"last_arrival_on\" date, \"languages\" text array NOT NULL DEFAULT '{}', \"education_level\" text, \"english_level\" text, \"profession\" text, \"household_size\" integer NOT NULL DEFAULT '1', \"region\" text, \"caseworker_id\" uuid, \"exclude_from_statistics\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_f1ab7cf3a5714dbc6bb4e1c28a4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_clients_code\" ON \"clients\"  (\"code\") ");
    await queryRunner.query("CREATE INDEX \"idx_clients_a_number_index\" ON \"clients\"  (\"a_number_index\") ");
    await queryRunner.query("CREATE INDEX \"idx_clients_caseworker\" ON \"clients\"  (\"caseworker_id\") ");
    await queryRunner.query("CREATE TABLE \"cases\" (\"id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'preparing', \"i589_receipt_enc\" text, \"i765_receipt_enc\" text, \"judge_deadline_on\" date, \"one_year_exception_claimed\" boolean NOT NULL DEFAULT false, \"one_year_deadline\" date, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_264acb3048c240fb89aa34626db\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_cases_one_year_deadline\" ON \"cases\"  (\"one_year_deadline\") ");
    await queryRunner.query("CREATE INDEX \"idx_cases_client\" ON \"cases\"  (\"client_id\") ");
    await queryRunner.query("CREATE TABLE \"milestones\" (\"id\" uuid NOT NULL, \"case_id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"type\" text NOT NULL, \"date\" date NOT NULL, \"end_date\" date, \"note_enc\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0bdbfe399c777a6a8520ff902d9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_milestones_type_date\" ON \"milestones\"  (\"type\", \"date\") ");
    await queryRunner.query("CREATE INDEX \"idx_milestones_client\" ON \"milestones\"  (\"client_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_milestones_case_date\" ON \"milestones\"  (\"case_id\", \"date\") ");
    await queryRunner.query("CREATE TABLE \"housing_situations\" (\"id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"category\" text NOT NULL, \"started_on\" date NOT NULL, \"ended_on\" date, \"note_enc\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_de9f93a36dd71b6c763d2bae212\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_housing_situations_client\" ON \"housing_situations\"  (\"client_id\", \"started_on\") ");
    await queryRunner.query("CREATE TABLE \"support_needs\" (\"id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"category\" text NOT NULL, \"urgency\" text NOT NULL DEFAULT 'medium', \"opened_on\" date NOT NULL, \"met_on\" date, \"note_enc\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6e207f17923db25bb0108730075\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_support_needs_client\" ON \"support_needs\"  (\"client_id\", \"opened_on\") ");
    await queryRunner.query("CREATE TABLE \"notes\" (\"id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"author_id\" uuid, \"body_enc\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_af6206538ea96c4e77e9f400c3d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_notes_client\" ON \"notes\"  (\"client_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"clients\" ADD CONSTRAINT \"fk_clients_caseworker\" FOREIGN KEY (\"caseworker_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"fk_cases_client\" FOREIGN KEY (\"client_id\") REFERENCES \"clients\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"milestones\" ADD CONSTRAINT \"fk_milestones_case\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"milestones\" ADD CONSTRAINT \"fk_milestones_client\" FOREIGN KEY (\"client_id\") REFERENCES \"clients\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"housing_situations\" ADD CONSTRAINT \"fk_housing_situations_client\" FOREIGN KEY (\"client_id\") REFERENCES \"clients\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"support_needs\" ADD CONSTRAINT \"fk_support_needs_client\" FOREIGN KEY (\"client_id\") REFERENCES \"clients\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notes\" ADD CONSTRAINT \"fk_notes_client\" FOREIGN KEY (\"client_id\") REFERENCES \"clients\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notes\" ADD CONSTRAINT \"fk_notes_author\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // Name search through keyed blind-index terms (array containment).
    await queryRunner.query(`CREATE INDEX "idx_clients_name_index" ON "clients" USING gin ("name_index")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_clients_name_index"`);
    await queryRunner.query("ALTER TABLE \"notes\" DROP CONSTRAINT \"fk_notes_author\"");
    await queryRunner.query("ALTER TABLE \"notes\" DROP CONSTRAINT \"fk_notes_client\"");
    await queryRunner.query("ALTER TABLE \"support_needs\" DROP CONSTRAINT \"fk_support_needs_client\"");
    await queryRunner.query("ALTER TABLE \"housing_situations\" DROP CONSTRAINT \"fk_housing_situations_client\"");
    await queryRunner.query("ALTER TABLE \"milestones\" DROP CONSTRAINT \"fk_milestones_client\"");
    await queryRunner.query("ALTER TABLE \"milestones\" DROP CONSTRAINT \"fk_milestones_case\"");
    await queryRunner.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"fk_cases_client\"");
    await queryRunner.query("ALTER TABLE \"clients\" DROP CONSTRAINT \"fk_clients_caseworker\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_notes_client\"");
    await queryRunner.query("DROP TABLE \"notes\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_support_needs_client\"");
    await queryRunner.query("DROP TABLE \"support_needs\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_housing_situations_client\"");
    await queryRunner.query("DROP TABLE \"housing_situations\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_milestones_case_date\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_milestones_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_milestones_type_date\"");
    await queryRunner.query("DROP TABLE \"milestones\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_cases_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_cases_one_year_deadline\"");
    await queryRunner.query("DROP TABLE \"cases\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_clients_caseworker\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_clients_a_number_index\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_clients_code\"");
    await queryRunner.query("DROP TABLE \"clients\"");
  }
}

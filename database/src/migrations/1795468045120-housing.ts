import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Housing1795468045120 implements MigrationInterface {
  name = 'Housing1795468045120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"housing_offers\" (\"id\" uuid NOT NULL, \"host_id\" uuid NOT NULL, \"region\" text NOT NULL, \"type\" text NOT NULL, \"capacity\" integer NOT NULL, \"available_from\" date NOT NULL, \"available_until\" date, \"cost\" text NOT NULL, \"languages\" text array NOT NULL DEFAULT '{}', \"pets_allowed\" boolean, \"smoking_allowed\" boolean, \"accessible\" boolean, \"note_enc\" text, \"host_contact_enc\" text, \"status\" text NOT NULL DEFAULT 'active', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"ck_housing_offers_capacity\" CHECK (\"capacity\" >= 1), CONSTRAINT \"ck_housing_offers_status\" CHECK (\"status\" IN ('active', 'paused', 'closed')), CONSTRAINT \"PK_1cd673b193662dfc10e7ab97ac9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_housing_offers_status_region\" ON \"housing_offers\"  (\"status\", \"region\") ");
    await queryRunner.query("CREATE INDEX \"idx_housing_offers_host\" ON \"housing_offers\"  (\"host_id\") ");
    await queryRunner.query("CREATE TABLE \"housing_requests\" (\"id\" uuid NOT NULL, \"code\" text NOT NULL, \"client_id\" uuid NOT NULL, \"region\" text NOT NULL, \"needed_from\" date NOT NULL, \"needed_until\" date, \"household_size\" integer NOT NULL, \"languages\" text array NOT NULL DEFAULT '{}', \"pets\" boolean NOT NULL DEFAULT false, \"smoking\" boolean, \"accessibility\" boolean NOT NULL DEFAULT false, \"urgency\" text NOT NULL DEFAULT 'medium', \"status\" text NOT NULL DEFAULT 'open', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"ck_housing_requests_household\" CHECK (\"household_size\" >= 1), CONSTRAINT \"ck_housing_requests_status\" CHECK (\"status\" IN ('open', 'housed', 'closed')), CONSTRAINT \"PK_bb185a036b1ffd001ef766eb8fc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_housing_requests_open_client\" ON \"housing_requests\"  (\"client_id\") WHERE \"status\" = 'open'");
    await queryRunner.query("CREATE INDEX \"idx_housing_requests_status_region\" ON \"housing_requests\"  (\"status\", \"region\") ");
    await queryRunner.query("CREATE INDEX \"idx_housing_requests_client\" ON \"housing_requests\"  (\"client_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_housing_requests_code\" ON \"housing_requests\"  (\"code\") ");
    await queryRunner.query("CREATE TABLE \"housing_matches\" (\"id\" uuid NOT NULL, \"request_id\" uuid NOT NULL, \"offer_id\" uuid NOT NULL, \"status\" text NOT NULL DEFAULT 'proposed', \"score\" integer NOT NULL, \"parts\" jsonb NOT NULL, \"household_size\" integer NOT NULL, \"proposed_by_id\" uuid, \"proposed_by_role\" text NOT NULL, \"share_first_name\" boolean NOT NULL DEFAULT false, \"moved_in_on\" date, \"ended_on\" date, \"end_reason\" text, \"housing_situation_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"ck_housing_matches_status\" CHECK (\"status\" IN ('proposed', 'accepted', 'declined', 'moved_in', 'ended')), CONSTRAINT \"PK_8471ff939ebae4863c87cd24a46\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_housing_matches_live_pair\" ON \"housing_matches\"  (\"request_id\", \"offer_id\") WHERE \"status\" IN ('proposed', 'accepted', 'moved_in')");
    await queryRunner.query("CREATE INDEX \"idx_housing_matches_request\" ON \"housing_matches\"  (\"request_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_housing_matches_offer_status\" ON \"housing_matches\"  (\"offer_id\", \"status\") ");
    await queryRunner.query("ALTER TABLE \"housing_offers\" ADD CONSTRAINT \"fk_housing_offers_host\" FOREIGN KEY (\"host_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"housing_requests\" ADD CONSTRAINT \"fk_housing_requests_client\" FOREIGN KEY (\"client_id\") REFERENCES \"clients\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"housing_matches\" ADD CONSTRAINT \"fk_housing_matches_request\" FOREIGN KEY (\"request_id\") REFERENCES \"housing_requests\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"housing_matches\" ADD CONSTRAINT \"fk_housing_matches_offer\" FOREIGN KEY (\"offer_id\") REFERENCES \"housing_offers\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"housing_matches\" ADD CONSTRAINT \"fk_housing_matches_proposed_by\" FOREIGN KEY (\"proposed_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"housing_matches\" ADD CONSTRAINT \"fk_housing_matches_housing_situation\" FOREIGN KEY (\"housing_situation_id\") REFERENCES \"housing_situations\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"housing_matches\" DROP CONSTRAINT \"fk_housing_matches_housing_situation\"");
    await queryRunner.query("ALTER TABLE \"housing_matches\" DROP CONSTRAINT \"fk_housing_matches_proposed_by\"");
    await queryRunner.query("ALTER TABLE \"housing_matches\" DROP CONSTRAINT \"fk_housing_matches_offer\"");
    await queryRunner.query("ALTER TABLE \"housing_matches\" DROP CONSTRAINT \"fk_housing_matches_request\"");
    await queryRunner.query("ALTER TABLE \"housing_requests\" DROP CONSTRAINT \"fk_housing_requests_client\"");
    await queryRunner.query("ALTER TABLE \"housing_offers\" DROP CONSTRAINT \"fk_housing_offers_host\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_housing_matches_offer_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_housing_matches_request\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_housing_matches_live_pair\"");
    await queryRunner.query("DROP TABLE \"housing_matches\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_housing_requests_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_housing_requests_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_housing_requests_status_region\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_housing_requests_open_client\"");
    await queryRunner.query("DROP TABLE \"housing_requests\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_housing_offers_host\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_housing_offers_status_region\"");
    await queryRunner.query("DROP TABLE \"housing_offers\"");
  }
}

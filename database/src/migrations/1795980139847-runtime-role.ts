import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The app serves as a role that owns nothing (DATABASE_URL) while migrations run as the owner
 * (MIGRATION_DATABASE_URL). Privileges go to a NOLOGIN group role; an operator makes the runtime login
 * role a member of it (docker/compose.yml does), so no migration needs to know that role's name.
 * Serving needs rows, never DDL: read and write every table, except the audit trail (insert and read
 * only) and the migration history (read only, for the health check). Tables added by later migrations
 * get the same through default privileges.
 */
export const RUNTIME_GROUP_ROLE = 'case_tracker_runtime';

export class RuntimeRole1795980139847 implements MigrationInterface {
  name = 'RuntimeRole1795980139847';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Roles are cluster-wide: the group may exist already (another database, or created by the operator).
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${RUNTIME_GROUP_ROLE}') THEN
        CREATE ROLE ${RUNTIME_GROUP_ROLE} NOLOGIN;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON "audit_events" FROM ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_events" TO ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON "migrations" FROM ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`GRANT SELECT ON "migrations" TO ${RUNTIME_GROUP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${RUNTIME_GROUP_ROLE}`);
  }
}

import type { QueryRunner } from 'typeorm';
import { AuditChain1795980634777 } from './migrations/1795980634777-audit-chain';
import { RUNTIME_GROUP_ROLE, RuntimeRole1795980139847 } from './migrations/1795980139847-runtime-role';

/**
 * A restore loads data and schema without privileges (`pg_restore --no-privileges`: the dump's grants name
 * roles of another cluster). This gives the runtime group role back what the migrations granted it, as the
 * owner, idempotently: the runtime-role migration's grants, then the audit-chain head's narrower ones.
 */
export async function grantRuntimePrivileges(queryRunner: QueryRunner): Promise<boolean> {
  const ran = (await queryRunner.query(`SELECT name FROM migrations WHERE name IN ($1, $2)`, [RuntimeRole1795980139847.name, AuditChain1795980634777.name])) as { name: string }[];
  const names = new Set(ran.map((r) => r.name));
  if (!names.has(RuntimeRole1795980139847.name)) return false;
  await new RuntimeRole1795980139847().up(queryRunner);
  if (names.has(AuditChain1795980634777.name)) {
    await queryRunner.query(`REVOKE ALL ON "audit_chain_head" FROM ${RUNTIME_GROUP_ROLE}`);
    await queryRunner.query(`GRANT SELECT, UPDATE ON "audit_chain_head" TO ${RUNTIME_GROUP_ROLE}`);
  }
  return true;
}

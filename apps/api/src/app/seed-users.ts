import type { INestApplicationContext } from '@nestjs/common';
import type { Role } from '@ct/contracts';
import type { AppConfig } from '@ct/api-core';
import { UsersService } from '@ct/api-users';

/** Demo accounts, one per role; created only in demo mode. Never use these outside a demo. */
export const DEMO_USERS: { email: string; password: string; role: Role; displayName: string }[] = [
  { email: 'admin@demo.example.org', password: 'demo-admin-2026', role: 'admin', displayName: 'Demo Admin' },
  { email: 'director@demo.example.org', password: 'demo-director-2026', role: 'director', displayName: 'Demo Director' },
  { email: 'caseworker@demo.example.org', password: 'demo-caseworker-2026', role: 'caseworker', displayName: 'Demo Caseworker' },
  { email: 'volunteer@demo.example.org', password: 'demo-volunteer-2026', role: 'volunteer', displayName: 'Demo Volunteer' },
];

/** Creates the bootstrap admin on an empty users table and, in demo mode, one user per role. */
export async function seedUsers(app: INestApplicationContext, config: AppConfig): Promise<string[]> {
  const users = app.get(UsersService);
  const lines: string[] = [];
  if (config.bootstrapAdmin && (await users.count()) === 0) {
    await users.ensure({ ...config.bootstrapAdmin, role: 'admin', displayName: 'Administrator' });
    lines.push(`bootstrap admin created: ${config.bootstrapAdmin.email}`);
  }
  if (config.seedDemo) {
    for (const demo of DEMO_USERS) await users.ensure(demo);
    lines.push('demo users (demo mode only):');
    for (const demo of DEMO_USERS) lines.push(`  ${demo.role.padEnd(10)} ${demo.email}  /  ${demo.password}`);
  }
  return lines;
}

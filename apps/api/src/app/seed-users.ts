import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Role } from '@ct/contracts';
import { type AppConfig, FieldCipher, todayIn } from '@ct/api-core';
import { UsersService } from '@ct/api-users';
import { insertDemoHousing } from '@ct/database';
import { clientCount, seedSyntheticClients } from './seed-demo';

/** Demo accounts, one per role; created only in demo mode. Never use these outside a demo. */
export const DEMO_USERS: { email: string; password: string; role: Role; displayName: string }[] = [
  { email: 'admin@demo.example.org', password: 'demo-admin-2026', role: 'admin', displayName: 'Demo Admin' },
  { email: 'director@demo.example.org', password: 'demo-director-2026', role: 'director', displayName: 'Demo Director' },
  { email: 'caseworker@demo.example.org', password: 'demo-caseworker-2026', role: 'caseworker', displayName: 'Demo Caseworker' },
  { email: 'caseworker2@demo.example.org', password: 'demo-caseworker-2026', role: 'caseworker', displayName: 'Second Caseworker' },
  { email: 'volunteer@demo.example.org', password: 'demo-volunteer-2026', role: 'volunteer', displayName: 'Demo Volunteer' },
];

const DEMO_CLIENTS = 240;

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
    if ((await clientCount(app)) === 0) {
      const caseworkers = await Promise.all(DEMO_USERS.filter((u) => u.role === 'caseworker').map(async (u) => (await users.findByEmail(u.email))?.id ?? ''));
      const n = await seedSyntheticClients(app, config, DEMO_CLIENTS, caseworkers);
      lines.push(`demo data: ${n} synthetic clients with cases, milestones, housing history and needs`);
    }
    const housing = await seedDemoHousing(app, config);
    if (housing.offers > 0) lines.push(`demo housing: ${housing.offers} offers (volunteer) and ${housing.requests} open requests (caseworker)`);
  }
  return lines;
}

/** A few housing offers and requests for the demo volunteer and caseworker (only while there are no offers). */
async function seedDemoHousing(app: INestApplicationContext, config: AppConfig): Promise<{ offers: number; requests: number }> {
  const users = app.get(UsersService);
  const volunteer = await users.findByEmail('volunteer@demo.example.org');
  const caseworker = await users.findByEmail('caseworker@demo.example.org');
  if (!volunteer || !caseworker) return { offers: 0, requests: 0 };
  return insertDemoHousing(app.get<DataSource>(getDataSourceToken()), {
    asOf: todayIn(config.timeZone),
    cipher: app.get(FieldCipher),
    pseudonymKey: config.pseudonymKey,
    volunteerId: volunteer.id,
    caseworkerId: caseworker.id,
  });
}

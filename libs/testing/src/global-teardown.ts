import { adminQuery } from './postgres';

export default async function globalTeardown(): Promise<void> {
  const template = process.env['CT_TEMPLATE_DATABASE'];
  if (template) await adminQuery(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  delete process.env['CT_TEMPLATE_DATABASE'];
}

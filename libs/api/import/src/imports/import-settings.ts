import { DATE_ORDERS, type DateOrder, IMPORT_FIELDS, type ImportMapping, type ImportSettings } from '@ct/contracts';
import { ValidationError } from '@ct/api-core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `settings` form field (JSON) of a dry run or an import, checked field by field. */
export function parseSettings(raw: string | undefined): ImportSettings {
  if (raw === undefined) throw new ValidationError('settings', 'required (the column mapping)');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ValidationError('settings', 'malformed JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ValidationError('settings', 'must be an object');
  const { mapping, dateOrder = 'auto', sheet, caseworkerId, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) throw new ValidationError(`settings.${unknown[0]}`, 'unknown field');
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) throw new ValidationError('settings.mapping', 'must map column numbers to fields');
  const checked: ImportMapping = {};
  for (const [column, field] of Object.entries(mapping as Record<string, unknown>)) {
    if (!/^\d{1,3}$/.test(column)) throw new ValidationError('settings.mapping', 'keys are column numbers');
    if (field === null || field === '') continue;
    if (typeof field !== 'string' || !(IMPORT_FIELDS as readonly string[]).includes(field)) throw new ValidationError('settings.mapping', 'unknown field');
    checked[column] = field as ImportMapping[string];
  }
  if (typeof dateOrder !== 'string' || !(DATE_ORDERS as readonly string[]).includes(dateOrder)) throw new ValidationError('settings.dateOrder', `must be one of ${DATE_ORDERS.join(', ')}`);
  if (sheet !== undefined && sheet !== null && (typeof sheet !== 'string' || sheet.length > 100)) throw new ValidationError('settings.sheet', 'must be a sheet name');
  if (caseworkerId !== undefined && caseworkerId !== null && (typeof caseworkerId !== 'string' || !UUID.test(caseworkerId))) throw new ValidationError('settings.caseworkerId', 'must be a user id');
  return { mapping: checked, dateOrder: dateOrder as DateOrder, ...(typeof sheet === 'string' ? { sheet } : {}), caseworkerId: (caseworkerId as string | null | undefined) ?? null };
}

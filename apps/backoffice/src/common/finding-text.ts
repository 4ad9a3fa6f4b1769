import type { MilestoneWarning } from '@ct/contracts';
import { enumKey } from './choices';
import { formatDay, isDay } from './days';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A data-check finding in the UI language (dates and milestone types localized); the API's English text as fallback. */
export function findingText(f: Pick<MilestoneWarning, 'code' | 'otherType' | 'params' | 'message'> & { field?: string | null }, translate: Translate, locale: string): string {
  const params: Record<string, unknown> = { _: f.message };
  for (const [key, value] of Object.entries(f.params ?? {})) params[key] = isDay(value) ? formatDay(value, locale) : value;
  if (f.otherType) params['other'] = translate(enumKey('milestone_types', f.otherType), { _: f.otherType });
  if (f.field) params['field'] = translate(`resources.clients.fields.${f.field}`, { _: f.field });
  return translate(`app.intake.findings.${f.code}`, params);
}

import type { ImportProblem } from '@ct/contracts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A problem in the user's language: by its code, with the column and params; the API's text otherwise. */
export function problemText(p: ImportProblem, translate: Translate): string {
  const key = `app.imports.problems.${p.code}`;
  const other = typeof p.params?.['otherType'] === 'string' ? translate(`app.enums.milestone_types.${p.params['otherType']}`) : '';
  const message = p.message.includes(': ') ? p.message.slice(p.message.indexOf(': ') + 2) : p.message;
  const text = translate(key, { column: p.column ?? '', row: p.params?.['row'] ?? '', other, message, _: '' });
  return text && text !== key ? text : p.message;
}

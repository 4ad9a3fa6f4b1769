import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CaseComputed, CaseRecord } from '@ct/contracts';
import { formatDay } from '../../../common/days';
import { RelativeDays } from '../../../common/RelativeDays';
import { explain } from '../../../explanations/explain';

type DateField =
  | 'oneYearDeadline'
  | 'clockStartedOn'
  | 'eadMayFileOn'
  | 'eadEarliestGrantOn'
  | 'eadDecisionDueOn'
  | 'eadInHandOn'
  | 'workAuthorizedOn'
  | 'permitExpiresOn'
  | 'renewalMayFileOn'
  | 'annualFeeDueOn';
type CountField = 'clockDays' | 'clockStoppedDays' | 'daysWithoutWorkAuthorization' | 'daysWithoutWorkAuthorizationSinceArrival';

/** In the order a caseworker reads a case: the filing deadline, the work-permit clock, then the wait. */
const ROWS: ({ field: DateField; kind: 'date' } | { field: CountField; kind: 'days' })[] = [
  { field: 'oneYearDeadline', kind: 'date' },
  { field: 'clockStartedOn', kind: 'date' },
  { field: 'clockDays', kind: 'days' },
  { field: 'clockStoppedDays', kind: 'days' },
  { field: 'eadMayFileOn', kind: 'date' },
  { field: 'eadEarliestGrantOn', kind: 'date' },
  { field: 'eadDecisionDueOn', kind: 'date' },
  { field: 'eadInHandOn', kind: 'date' },
  { field: 'workAuthorizedOn', kind: 'date' },
  { field: 'permitExpiresOn', kind: 'date' },
  { field: 'renewalMayFileOn', kind: 'date' },
  { field: 'annualFeeDueOn', kind: 'date' },
  { field: 'daysWithoutWorkAuthorization', kind: 'days' },
  { field: 'daysWithoutWorkAuthorizationSinceArrival', kind: 'days' },
];

const Value = ({ kase, row }: { kase: CaseComputed; row: (typeof ROWS)[number] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const value = kase[row.field];
  if (value === null || value === undefined) return <>—</>;
  if (row.kind === 'days') return <>{translate('app.units.days', { smart_count: value as number })}</>;
  return (
    <>
      <Typography component="span" variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
        {formatDay(value as string, locale)}
      </Typography>
      <RelativeDays day={value as string} />
    </>
  );
};

/** Every computed date and count of a case with its explanation in words, in the UI language. */
export const ComputedDates = ({ kase }: { kase: CaseRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const explanations = new Map(kase.explanations.map((e) => [e.field, e]));
  return (
    <>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('app.cases.computed')}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('app.cases.computed_hint')}
      </Typography>
      <Table size="small" aria-label={translate('app.cases.computed')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '32%' }}>{translate('app.cases.item')}</TableCell>
            <TableCell sx={{ width: '18%' }}>{translate('app.cases.value')}</TableCell>
            <TableCell>{translate('app.cases.why')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {ROWS.map((row) => {
            const explanation = explanations.get(row.field);
            return (
              <TableRow key={row.field} data-field={row.field} sx={{ verticalAlign: 'top' }}>
                <TableCell component="th" scope="row">
                  {translate(`resources.cases.fields.${row.field}`)}
                </TableCell>
                <TableCell>
                  <Value kase={kase} row={row} />
                </TableCell>
                <TableCell sx={{ color: 'text.secondary' }}>{explanation ? explain(explanation, translate, locale) : ''}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
};

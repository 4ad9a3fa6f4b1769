import { Stack } from '@mui/material';
import { BooleanInput, DateInput, SelectInput, TextInput, regex, required } from 'react-admin';
import { caseKindChoices, caseStatusChoices } from '../../common/choices';

const RECEIPT = regex(/^\s*[A-Za-z]{3}[\s-]*(\d[\s-]*){10}$/, 'app.api_errors.VALIDATION_FAILED.i589ReceiptNumber');

/** Kind, status, receipt numbers, a judge's deadline and the one-year exception; dates are computed. */
export const CaseInputs = () => (
  <>
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0, md: 2 }}>
      <SelectInput source="kind" choices={caseKindChoices} validate={required()} />
      <SelectInput source="status" choices={caseStatusChoices} validate={required()} />
    </Stack>
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0, md: 2 }}>
      <TextInput source="i589ReceiptNumber" autoComplete="off" validate={RECEIPT} />
      <TextInput source="i765ReceiptNumber" autoComplete="off" validate={RECEIPT} />
    </Stack>
    <DateInput source="judgeDeadlineOn" />
    <BooleanInput source="oneYearExceptionClaimed" />
  </>
);

/** Blank optional fields become null, so that clearing them clears them in the API. */
export function caseWithNulls<T extends Record<string, unknown>>(data: T): T {
  const result: Record<string, unknown> = { ...data };
  for (const key of ['i589ReceiptNumber', 'i765ReceiptNumber', 'judgeDeadlineOn']) if (result[key] === '') result[key] = null;
  return result as T;
}

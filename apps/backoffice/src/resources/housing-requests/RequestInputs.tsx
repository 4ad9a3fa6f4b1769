import { Stack } from '@mui/material';
import { BooleanInput, DateInput, NumberInput, SelectInput, TextArrayInput, TextInput, maxLength, maxValue, minValue, required } from 'react-admin';
import type { HousingRequestRecord } from '@ct/contracts';
import { urgencyChoices } from '../../common/choices';
import { requestStatusChoices } from '../../housing/choices';

const untilNotBeforeFrom = (value: unknown, values: Partial<HousingRequestRecord>) =>
  typeof value === 'string' && value && values.neededFrom && value < values.neededFrom ? 'app.api_errors.VALIDATION_FAILED.endedOn' : undefined;

const smokingChoices = [
  { id: 'smokes', name: 'app.requests.smoking_choices.smokes' },
  { id: 'smoke_free', name: 'app.requests.smoking_choices.smoke_free' },
];

// The API keeps smoking as true (someone smokes), false (wants smoke-free) or null (no preference).
const formatSmoking = (value: unknown) => (value === true ? 'smokes' : value === false ? 'smoke_free' : '');
const parseSmoking = (value: unknown) => (value === 'smokes' ? true : value === 'smoke_free' ? false : null);

/** What a caseworker asks for on a client's behalf; volunteers later see all of it but the accessibility need. */
export const RequestInputs = ({ withStatus = false }: { withStatus?: boolean }) => (
  <>
    <TextInput source="region" autoComplete="off" validate={[required(), maxLength(100)]} helperText="app.clients.region_help" />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} sx={{ width: '100%', '& > *': { flex: 1 } }}>
      <DateInput source="neededFrom" validate={required()} />
      <DateInput source="neededUntil" validate={untilNotBeforeFrom} helperText="app.requests.until_help" />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} sx={{ width: '100%', '& > *': { flex: 1 } }}>
      <NumberInput source="householdSize" min={1} max={20} step={1} validate={[required(), minValue(1), maxValue(20)]} />
      <SelectInput source="urgency" choices={urgencyChoices} validate={required()} />
      {withStatus && <SelectInput source="status" choices={requestStatusChoices} validate={required()} />}
    </Stack>
    <TextArrayInput source="languages" helperText="app.clients.languages_help" />
    <BooleanInput source="constraints.pets" />
    {/* "No preference" is the empty choice, shown in the field rather than an empty box. */}
    <SelectInput
      source="constraints.smoking"
      choices={smokingChoices}
      emptyText="app.housing_common.smoking_any"
      format={formatSmoking}
      parse={parseSmoking}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    />
    <BooleanInput source="constraints.accessibility" helperText="app.requests.accessibility_help" />
  </>
);

/** Blank optional fields become null, so clearing a field clears it in the API too. */
export function requestWithNulls<T extends Record<string, unknown>>(data: T): T {
  const result: Record<string, unknown> = { ...data };
  if (result['neededUntil'] === '' || result['neededUntil'] === undefined) result['neededUntil'] = null;
  return result as T;
}

import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import {
  DateInput,
  NullableBooleanInput,
  NumberInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
  useTranslate,
} from 'react-admin';
import type { HousingOfferRecord } from '@ct/contracts';
import { offerCostChoices, offerStatusChoices, offerTypeChoices } from '../../housing/choices';

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mb: 1 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

const row = { direction: { xs: 'column', md: 'row' }, spacing: { xs: 0, md: 2 } } as const;

const untilNotBeforeFrom = (value: unknown, values: Partial<HousingOfferRecord>) =>
  typeof value === 'string' && value && values.availableFrom && value < values.availableFrom ? 'app.api_errors.VALIDATION_FAILED.endedOn' : undefined;

/** Every field a volunteer gives about an offer; shared by the create and edit forms. */
export const OfferInputs = () => {
  const translate = useTranslate();
  // "Not said" shows in the field (not an empty box): the matcher treats it as "no".
  const unsaid = {
    nullLabel: translate('app.housing_common.not_said'),
    trueLabel: translate('ra.boolean.true'),
    falseLabel: translate('ra.boolean.false'),
    slotProps: { select: { displayEmpty: true }, inputLabel: { shrink: true } },
  };
  return (
    <Box sx={{ width: '100%', maxWidth: 960 }}>
      <Section title="app.offers.details">
        <Stack {...row}>
          <TextInput source="region" autoComplete="off" validate={[required(), maxLength(100)]} helperText="app.offers.region_help" />
          <SelectInput source="type" choices={offerTypeChoices} validate={required()} />
          <NumberInput source="capacity" min={1} max={50} step={1} validate={[required(), minValue(1), maxValue(50)]} helperText="app.offers.capacity_help" />
        </Stack>
        <Stack {...row}>
          <DateInput source="availableFrom" validate={required()} />
          <DateInput source="availableUntil" validate={untilNotBeforeFrom} helperText="app.requests.until_help" />
          <SelectInput source="cost" choices={offerCostChoices} validate={required()} />
          <SelectInput source="status" choices={offerStatusChoices} validate={required()} />
        </Stack>
        <TextArrayInput source="languages" helperText="app.offers.languages_help" sx={{ maxWidth: 520 }} />
      </Section>
      <Section title="app.offers.house_rules">
        <Stack {...row}>
          <NullableBooleanInput source="houseRules.petsAllowed" {...unsaid} />
          <NullableBooleanInput source="houseRules.smokingAllowed" {...unsaid} />
          <NullableBooleanInput source="houseRules.accessible" {...unsaid} sx={{ minWidth: 280 }} />
        </Stack>
      </Section>
      <TextInput source="hostContact" autoComplete="off" validate={maxLength(300)} helperText="app.offers.contact_help" sx={{ maxWidth: 520 }} />
      <TextInput source="note" multiline minRows={2} validate={maxLength(2000)} helperText="app.offers.note_help" />
    </Box>
  );
};

/** Blank optional fields become null, so clearing a field clears it in the API too. */
export function offerWithNulls<T extends Record<string, unknown>>(data: T): T {
  const result: Record<string, unknown> = { ...data };
  for (const key of ['availableUntil', 'note', 'hostContact']) {
    if (result[key] === '' || result[key] === undefined) result[key] = null;
  }
  return result as T;
}

import { Box, Stack, Typography } from '@mui/material';
import {
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  email,
  maxLength,
  maxValue,
  minValue,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { CONTACT_CHANNELS } from '@ct/contracts';
import { educationChoices, englishChoices } from '../../common/choices';

const contactChannelChoices = CONTACT_CHANNELS.map((id) => ({ id, name: `app.consents.channels.${id}` }));
import { useRole } from '../../common/useRole';

const A_NUMBER = regex(/^\s*[Aa]?[\s-]*(\d[\s-]*){8,9}$/, 'app.api_errors.VALIDATION_FAILED.aNumber');
const PHONE = regex(/^[+()\d\s.-]{3,40}$/, 'app.api_errors.VALIDATION_FAILED.phone');

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
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

/** Every field a caseworker keeps about a client; shared by the create and edit forms. */
export const ClientInputs = () => {
  const { role } = useRole();
  return (
    <Box sx={{ width: '100%', maxWidth: 960 }}>
      <Section title="app.clients.profile">
        <Stack {...row}>
          <TextInput source="firstName" autoComplete="off" validate={[required(), maxLength(100)]} />
          <TextInput source="lastName" autoComplete="off" validate={[required(), maxLength(100)]} />
          <DateInput source="dateOfBirth" />
        </Stack>
        <Stack {...row}>
          <TextInput source="chosenName" autoComplete="off" validate={maxLength(100)} helperText="app.intake.chosen_name_help" />
          <TextInput source="pronouns" autoComplete="off" validate={maxLength(40)} helperText="app.intake.pronouns_help" />
        </Stack>
        <Stack {...row}>
          <TextInput source="aNumber" autoComplete="off" validate={A_NUMBER} helperText="app.clients.a_number_help" />
          <DateInput source="lastArrivalOn" />
          <NumberInput source="householdSize" min={1} max={20} step={1} validate={[minValue(1), maxValue(20)]} />
        </Stack>
        <Stack {...row}>
          <TextInput source="region" autoComplete="off" validate={maxLength(100)} helperText="app.clients.region_help" />
          <TextInput source="profession" autoComplete="off" validate={maxLength(100)} />
        </Stack>
        <Stack {...row}>
          <SelectInput source="educationLevel" choices={educationChoices} emptyText="app.common.none" />
          <SelectInput source="englishLevel" choices={englishChoices} emptyText="app.common.none" />
        </Stack>
        <TextArrayInput source="languages" helperText="app.clients.languages_help" sx={{ maxWidth: 520 }} />
      </Section>
      <Section title="app.clients.contact">
        <Stack {...row}>
          <TextInput source="email" type="email" autoComplete="off" validate={[email(), maxLength(254)]} />
          <TextInput source="phone" type="tel" autoComplete="off" validate={PHONE} />
        </Stack>
        <Stack {...row}>
          <SelectInput source="contactChannel" choices={contactChannelChoices} emptyText="app.common.none" />
          <TextInput source="contactHandle" autoComplete="off" validate={maxLength(100)} />
          <TextInput source="interpreterLanguage" autoComplete="off" validate={maxLength(35)} helperText="app.clients.languages_help" />
        </Stack>
        <Stack {...row}>
          <TextInput source="attorney" autoComplete="off" validate={maxLength(200)} />
          <TextInput source="asylumOffice" autoComplete="off" validate={maxLength(100)} />
        </Stack>
      </Section>
      {role === 'admin' && (
        <ReferenceInput source="caseworkerId" reference="users" filter={{ role: 'caseworker' }} sort={{ field: 'email', order: 'ASC' }}>
          <SelectInput optionText={(u: { displayName?: string; email: string }) => u.displayName || u.email} />
        </ReferenceInput>
      )}
      <BooleanInput source="excludeFromStatistics" helperText="app.clients.exclude_help" />
    </Box>
  );
};

/** Blank optional text becomes null, so clearing a field clears it in the API too. */
export function withNulls<T extends Record<string, unknown>>(data: T): T {
  const result: Record<string, unknown> = { ...data };
  for (const key of ['aNumber', 'email', 'phone', 'region', 'profession', 'dateOfBirth', 'lastArrivalOn', 'educationLevel', 'englishLevel', 'chosenName', 'pronouns', 'attorney', 'asylumOffice', 'contactChannel', 'contactHandle', 'interpreterLanguage']) {
    if (result[key] === '') result[key] = null;
  }
  return result as T;
}

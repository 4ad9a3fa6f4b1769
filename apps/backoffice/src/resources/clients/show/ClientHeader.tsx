import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { EditButton, ReferenceField, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ClientRecord } from '@ct/contracts';
import { enumKey } from '../../../common/choices';
import { clientLabel, formatANumber, legalNameIfDifferent } from '../../../common/client-name';
import { formatDay } from '../../../common/days';
import { useRole } from '../../../common/useRole';
import { ReassignButton } from './ReassignButton';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 120 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div">
        {children ?? '—'}
      </Typography>
    </Box>
  );
};

const field = (name: string) => `resources.clients.fields.${name}`;

/** Name (or code), then the facts a caseworker needs at a glance; directors get no identifying field. */
export const ClientHeader = () => {
  const record = useRecordContext<ClientRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { role, seesIdentity, canWrite } = useRole();
  if (!record) return null;
  const day = (value: string | null | undefined) => (value ? formatDay(value, locale) : null);
  const language = (code: string) => translate(`app.languages.${code}`, { _: code });
  const name = clientLabel(record);
  const legal = seesIdentity ? legalNameIfDifferent(record) : null;

  return (
    <Card>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1">
              {seesIdentity && name ? name : record.code}
            </Typography>
            {seesIdentity && record.pronouns && <Chip size="small" label={record.pronouns} aria-label={`${translate(field('pronouns'))}: ${record.pronouns}`} />}
            {seesIdentity && <Chip size="small" variant="outlined" label={record.code} sx={{ fontFamily: 'monospace' }} />}
            {record.excludeFromStatistics && <Chip size="small" color="default" label={translate(field('excludeFromStatistics'))} />}
          </Stack>
          {canWrite && <EditButton />}
          {role === 'director' && <ReassignButton record={record} />}
        </Stack>
        {record.warnings?.includes('LIKELY_DUPLICATE') && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {translate('app.intake.likely_duplicate')}
          </Alert>
        )}
        {!seesIdentity && (
          <Alert severity="info" sx={{ mt: 1 }}>
            {translate('app.clients.identity_hidden')}
          </Alert>
        )}
        <Stack direction="row" sx={{ mt: 2, columnGap: 4, rowGap: 1.5, flexWrap: 'wrap' }}>
          {legal && <Fact label={field('legalName')}>{legal}</Fact>}
          {seesIdentity && <Fact label={field('aNumber')}>{formatANumber(record.aNumber) || null}</Fact>}
          {seesIdentity && <Fact label={field('dateOfBirth')}>{day(record.dateOfBirth)}</Fact>}
          <Fact label={field('lastArrivalOn')}>{day(record.lastArrivalOn)}</Fact>
          <Fact label={field('region')}>{record.region}</Fact>
          <Fact label={field('householdSize')}>{record.householdSize}</Fact>
          <Fact label={field('languages')}>{record.languages.length ? record.languages.map(language).join(', ') : null}</Fact>
          <Fact label={field('educationLevel')}>{record.educationLevel && translate(enumKey('education_levels', record.educationLevel))}</Fact>
          <Fact label={field('englishLevel')}>{record.englishLevel && translate(enumKey('english_levels', record.englishLevel))}</Fact>
          <Fact label={field('profession')}>{record.profession}</Fact>
          {seesIdentity && <Fact label={field('phone')}>{record.phone}</Fact>}
          {seesIdentity && <Fact label={field('email')}>{record.email}</Fact>}
          {seesIdentity && record.contactChannel && (
            <Fact label={field('contactChannel')}>
              {translate(`app.consents.channels.${record.contactChannel}`)}
              {record.contactHandle ? `: ${record.contactHandle}` : ''}
            </Fact>
          )}
          {seesIdentity && record.attorney && <Fact label={field('attorney')}>{record.attorney}</Fact>}
          {record.asylumOffice && <Fact label={field('asylumOffice')}>{record.asylumOffice}</Fact>}
          {record.interpreterLanguage && <Fact label={field('interpreterLanguage')}>{language(record.interpreterLanguage)}</Fact>}
          {(role === 'admin' || role === 'director') && (
            <Fact label="app.clients.assigned_to">
              {record.caseworkerId ? (
                // Admins read the user list (a client may be assigned to an admin or a disabled account);
                // directors only the active caseworkers' names.
                <ReferenceField source="caseworkerId" reference={role === 'admin' ? 'users' : 'caseworkers'} link={false} emptyText="app.clients.caseworker_inactive">
                  <TextField source="displayName" />
                </ReferenceField>
              ) : (
                translate('app.clients.unassigned')
              )}
            </Fact>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

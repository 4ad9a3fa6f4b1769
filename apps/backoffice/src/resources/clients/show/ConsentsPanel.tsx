import { Box, Chip, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  BooleanInput,
  Button,
  DateInput,
  FormDataConsumer,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useGetManyReference,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { CONSENT_PURPOSES, CONTACT_CHANNELS, type ClientRecord, type ConsentRecord } from '@ct/contracts';
import { CreateDialogButton } from '../../../common/FormDialog';
import { formatDay, todayIso } from '../../../common/days';
import { useRole } from '../../../common/useRole';
import { EmptyLine, Panel } from './Panel';

const purposeChoices = CONSENT_PURPOSES.map((id) => ({ id, name: `app.consents.purposes.${id}` }));
const channelChoices = CONTACT_CHANNELS.map((id) => ({ id, name: `app.consents.channels.${id}` }));

const WithdrawButton = ({ consent }: { consent: ConsentRecord }) => {
  const [update, { isPending }] = useUpdate<ConsentRecord & { withdraw?: boolean }>();
  const notify = useNotify();
  const refresh = useRefresh();
  const withdraw = () =>
    update(
      'consents',
      { id: consent.id, data: { version: consent.version, withdraw: true }, previousData: consent },
      {
        onSuccess: () => {
          notify('app.consents.withdrawn', { type: 'success' });
          refresh();
        },
        onError: (error) => notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return <Button label="app.consents.withdraw" onClick={withdraw} disabled={isPending} size="small" />;
};

const ConsentItem = ({ consent }: { consent: ConsentRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canWrite } = useRole();
  const day = (d: string) => formatDay(d, locale);
  const detail =
    consent.detail && consent.purpose === 'contact_channel' ? translate(`app.consents.channels.${consent.detail}`, { _: consent.detail }) : consent.detail;
  const dates = [
    translate('app.consents.given_on', { date: day(consent.givenOn) }),
    consent.expiresOn ? translate('app.consents.expires_on', { date: day(consent.expiresOn) }) : null,
    consent.withdrawnOn ? translate('app.consents.withdrawn_on', { date: day(consent.withdrawnOn) }) : null,
  ].filter(Boolean);
  return (
    <Box component="li" sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {translate(`app.consents.purposes.${consent.purpose}`)}: {translate(consent.granted ? 'app.consents.yes' : 'app.consents.no')}
          {detail ? ` · ${detail}` : ''}
        </Typography>
        <Chip size="small" color={consent.inForce ? 'success' : 'default'} label={translate(consent.inForce ? 'app.consents.in_force' : 'app.consents.not_in_force')} />
      </Stack>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="caption" color="text.secondary">
          {dates.join(' · ')}
        </Typography>
        {canWrite && consent.granted && !consent.withdrawnOn && <WithdrawButton consent={consent} />}
      </Stack>
    </Box>
  );
};

/** Dated consent records per purpose, newest first; shown to the client's caseworker and admins only. */
export const ConsentsPanel = () => {
  const client = useRecordContext<ClientRecord>();
  const { canWrite, seesIdentity } = useRole();
  const { data, isPending } = useGetManyReference<ConsentRecord>(
    'consents',
    { target: 'clientId', id: client?.id, sort: { field: 'givenOn', order: 'DESC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!client && seesIdentity },
  );
  if (!client || !seesIdentity) return null;
  const add = canWrite ? (
    <CreateDialogButton resource="consents" record={{ clientId: client.id, granted: true, givenOn: todayIso() }} label="app.consents.add" icon={<AddIcon />}>
      <SelectInput source="purpose" choices={purposeChoices} validate={required()} />
      <BooleanInput source="granted" label="app.consents.granted_label" />
      <FormDataConsumer>
        {({ formData }) =>
          formData.purpose === 'contact_channel' ? (
            <SelectInput source="detail" choices={channelChoices} validate={required()} />
          ) : formData.purpose === 'partner_sharing' ? (
            <TextInput source="detail" validate={[required(), maxLength(100)]} />
          ) : null
        }
      </FormDataConsumer>
      <DateInput source="givenOn" validate={required()} />
      <DateInput source="expiresOn" />
    </CreateDialogButton>
  ) : undefined;
  return (
    <Panel title="app.consents.title" action={add}>
      {!isPending && !data?.length && <EmptyLine message="app.consents.empty" />}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {data?.map((consent) => <ConsentItem key={consent.id} consent={consent} />)}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        <ConsentHistoryNote />
      </Typography>
    </Panel>
  );
};

const ConsentHistoryNote = () => {
  const translate = useTranslate();
  return <>{translate('app.consents.history')}</>;
};

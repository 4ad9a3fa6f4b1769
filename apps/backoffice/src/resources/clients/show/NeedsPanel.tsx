import { Box, Chip, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CheckIcon from '@mui/icons-material/Check';
import {
  Button,
  DateInput,
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
import type { ClientRecord, SupportNeedRecord, Urgency } from '@ct/contracts';
import { URGENCIES } from '@ct/contracts';
import { enumKey, needCategoryChoices, urgencyChoices } from '../../../common/choices';
import { formatDay, todayIso } from '../../../common/days';
import { DeleteIconButton } from '../../../common/DeleteIconButton';
import { CreateDialogButton } from '../../../common/FormDialog';
import { useRole } from '../../../common/useRole';
import { EmptyLine, Panel } from './Panel';

const URGENCY_COLOR: Record<Urgency, 'default' | 'info' | 'warning' | 'error'> = { low: 'default', medium: 'info', high: 'warning', urgent: 'error' };

/** Open needs first, the most urgent on top; met needs after, most recent first. */
const byOpenThenUrgency = (a: SupportNeedRecord, b: SupportNeedRecord) =>
  Number(a.metOn !== null) - Number(b.metOn !== null) ||
  URGENCIES.indexOf(b.urgency) - URGENCIES.indexOf(a.urgency) ||
  b.openedOn.localeCompare(a.openedOn);

const MarkMetButton = ({ need }: { need: SupportNeedRecord }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate<SupportNeedRecord>();
  const markMet = () =>
    update(
      'support-needs',
      { id: need.id, data: { ...need, metOn: todayIso() }, previousData: need },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('app.needs.marked_met', { type: 'success' });
          refresh();
        },
        onError: (error: unknown) => notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return (
    <Button label="app.needs.mark_met" onClick={markMet} disabled={isPending} size="small">
      <CheckIcon />
    </Button>
  );
};

const NeedRow = ({ need }: { need: SupportNeedRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canWrite } = useRole();
  const met = need.metOn !== null;
  return (
    <Box component="li" sx={{ py: 1, borderBottom: 1, borderColor: 'divider', opacity: met ? 0.6 : 1 }} data-need-category={need.category}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate(enumKey('need_categories', need.category))}
        </Typography>
        <Chip size="small" color={met ? 'default' : URGENCY_COLOR[need.urgency]} label={translate(enumKey('urgencies', need.urgency))} />
        {met && <Chip size="small" color="success" variant="outlined" icon={<CheckIcon />} label={translate('app.needs.met', { date: formatDay(need.metOn as string, locale) })} />}
        <Box sx={{ flex: 1 }} />
        {canWrite && !met && <MarkMetButton need={need} />}
        {canWrite && <DeleteIconButton resource="support-needs" record={need} />}
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {translate('app.needs.opened', { date: formatDay(need.openedOn, locale) })}
      </Typography>
      {need.note && (
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
          {need.note}
        </Typography>
      )}
    </Box>
  );
};

const AddNeedButton = ({ clientId }: { clientId: string }) => (
  <CreateDialogButton
    resource="support-needs"
    record={{ clientId, urgency: 'medium', openedOn: todayIso() }}
    label="app.needs.add"
    icon={<AddIcon />}
    transform={(data: Record<string, unknown>) => ({ ...data, note: data['note'] || null })}
  >
    <SelectInput source="category" choices={needCategoryChoices} validate={required()} />
    <SelectInput source="urgency" choices={urgencyChoices} validate={required()} />
    <DateInput source="openedOn" validate={required()} />
    <TextInput source="note" multiline minRows={2} validate={maxLength(2000)} />
  </CreateDialogButton>
);

/** Support needs with urgency chips; a caseworker adds them and marks them met. */
export const NeedsPanel = () => {
  const client = useRecordContext<ClientRecord>();
  const { canWrite } = useRole();
  const { data, isPending } = useGetManyReference<SupportNeedRecord>(
    'support-needs',
    { target: 'clientId', id: client?.id, sort: { field: 'openedOn', order: 'DESC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: !!client },
  );
  if (!client) return null;
  const needs = [...(data ?? [])].sort(byOpenThenUrgency);
  return (
    <Panel title="app.needs.title" action={canWrite && <AddNeedButton clientId={client.id} />}>
      {!isPending && needs.length === 0 && <EmptyLine message="app.needs.empty" />}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {needs.map((need) => (
          <NeedRow key={need.id} need={need} />
        ))}
      </Box>
    </Panel>
  );
};

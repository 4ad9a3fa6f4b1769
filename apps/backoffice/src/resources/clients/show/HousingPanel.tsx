import { Box, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { DateInput, SelectInput, TextInput, maxLength, required, useGetManyReference, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ClientRecord, HousingSituationRecord } from '@ct/contracts';
import { HOMELESS_CATEGORIES } from '@ct/contracts';
import { enumKey, housingCategoryChoices } from '../../../common/choices';
import { formatDay, todayIso } from '../../../common/days';
import { DeleteIconButton } from '../../../common/DeleteIconButton';
import { CreateDialogButton, EditDialogButton } from '../../../common/FormDialog';
import { useRole } from '../../../common/useRole';
import { EmptyLine, Panel } from './Panel';

type HousingValues = Partial<HousingSituationRecord>;

const endNotBeforeStart = (value: unknown, values: HousingValues) =>
  typeof value === 'string' && value && values.startedOn && value < values.startedOn ? 'app.api_errors.VALIDATION_FAILED.endedOn' : undefined;

const clean = (data: HousingValues) => ({ ...data, endedOn: data.endedOn || null, note: data.note || null });

const HousingInputs = () => (
  <>
    <SelectInput source="category" choices={housingCategoryChoices} validate={required()} />
    <Stack direction="row" spacing={2}>
      <DateInput source="startedOn" validate={required()} />
      <DateInput source="endedOn" validate={endNotBeforeStart} />
    </Stack>
    <TextInput source="note" multiline minRows={2} validate={maxLength(2000)} />
  </>
);

const HousingRow = ({ situation }: { situation: HousingSituationRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canWrite } = useRole();
  const homeless = HOMELESS_CATEGORIES.includes(situation.category);
  const period = translate('app.housing.period', {
    from: formatDay(situation.startedOn, locale),
    to: situation.endedOn ? formatDay(situation.endedOn, locale) : translate('app.housing.now'),
  });
  return (
    <Box component="li" sx={{ py: 1, borderBottom: 1, borderColor: 'divider', display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <Box
        aria-hidden
        sx={{ width: 4, alignSelf: 'stretch', borderRadius: 1, bgcolor: homeless ? 'error.main' : situation.endedOn ? 'grey.400' : 'success.main' }}
      />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: situation.endedOn ? 400 : 600 }}>
          {translate(enumKey('housing_categories', situation.category))}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {period}
        </Typography>
        {situation.note && (
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
            {situation.note}
          </Typography>
        )}
      </Box>
      {canWrite && (
        <EditDialogButton resource="housing-situations" id={situation.id} label="ra.action.edit" icon={<EditOutlinedIcon fontSize="small" />} transform={clean}>
          <HousingInputs />
        </EditDialogButton>
      )}
      {canWrite && <DeleteIconButton resource="housing-situations" record={situation} />}
    </Box>
  );
};

/** Where the client has lived, latest first; street, car and shelter stand out in red. */
export const HousingPanel = () => {
  const client = useRecordContext<ClientRecord>();
  const { canWrite } = useRole();
  const { data, isPending } = useGetManyReference<HousingSituationRecord>(
    'housing-situations',
    { target: 'clientId', id: client?.id, sort: { field: 'startedOn', order: 'DESC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: !!client },
  );
  if (!client) return null;
  const add = canWrite && (
    <CreateDialogButton resource="housing-situations" record={{ clientId: client.id, startedOn: todayIso() }} label="app.housing.add" icon={<AddIcon />} transform={clean}>
      <HousingInputs />
    </CreateDialogButton>
  );
  return (
    <Panel title="app.housing.title" action={add}>
      {!isPending && !data?.length && <EmptyLine message="app.housing.empty" />}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {data?.map((situation) => <HousingRow key={situation.id} situation={situation} />)}
      </Box>
    </Panel>
  );
};

import { Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Confirm,
  Datagrid,
  FunctionField,
  List,
  TextField,
  useDataProvider,
  useListContext,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { RetentionDueRecord } from '@ct/contracts';
import { formatDay } from '../../common/days';

const DeidentifyButton = () => {
  const record = useRecordContext<RetentionDueRecord>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const confirm = async () => {
    setBusy(true);
    try {
      await dataProvider.create(`retention/${encodeURIComponent(record.id)}/deidentify`, { data: {} });
      notify('app.retention.done', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button label="app.retention.deidentify" color="error" variant="outlined" onClick={() => setOpen(true)} disabled={busy} />
      <Confirm
        isOpen={open}
        loading={busy}
        title="app.retention.confirm_title"
        translateOptions={{ code: record.code }}
        content="app.retention.confirm_content"
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const Intro = () => {
  const translate = useTranslate();
  const { data, isPending } = useListContext<RetentionDueRecord>();
  const years = data?.[0]?.years;
  if (isPending) return null;
  return (
    <Typography variant="body2" sx={{ p: 2 }}>
      {years ? translate('app.retention.intro', { years }) : translate('app.retention.empty')}
    </Typography>
  );
};

/** Admins: clients whose cases closed more than RETENTION_YEARS ago, each de-identified on confirmation. */
export const RetentionList = () => {
  const [locale = 'en'] = useLocaleState();
  const translate = useTranslate();
  return (
    <List title={translate('app.retention.title')} pagination={false} exporter={false} actions={false} empty={false}>
      <Intro />
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<></>}>
        <TextField source="code" label="resources.clients.fields.code" sortable={false} />
        <FunctionField label="app.retention.closed_on" render={(r: RetentionDueRecord) => formatDay(r.closedOn, locale)} />
        <FunctionField label="app.retention.due_on" render={(r: RetentionDueRecord) => formatDay(r.dueOn, locale)} />
        <DeidentifyButton />
      </Datagrid>
    </List>
  );
};

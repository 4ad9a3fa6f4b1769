import { Box } from '@mui/material';
import { DataTable, DateInput, List, SelectField, SelectInput, TextInput, useTranslate } from 'react-admin';
import { LocalizedDateField } from '../../common/LocalizedDateField';
import { roleChoices } from '../../roles';

interface AuditEventRecord {
  id: string;
  createdAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resource: string;
  recordId: string | null;
}

const ACTIONS = ['list', 'read', 'create', 'update', 'delete', 'login', 'logout'];
const actionChoices = ACTIONS.map((id) => ({ id, name: `app.audit.actions.${id}` }));

// Exact matches on the API's names: resources are those of the API (clients, cases, stats…).
const filters = [
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <TextInput key="resource" source="resource" alwaysOn />,
  <DateInput key="since" source="since" alwaysOn />,
];

const Col = DataTable.Col<AuditEventRecord>;

const Mono = ({ value }: { value: string | null }) => (
  <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>
    {value ?? '—'}
  </Box>
);

const Action = ({ action }: { action: string }) => {
  const translate = useTranslate();
  return <>{translate(`app.audit.actions.${action}`, { _: action })}</>;
};

/** Who did what to which record, newest first. Read-only: the log holds ids, never personal values. */
export const AuditEventList = () => (
  <List filters={filters} actions={false} sort={{ field: 'createdAt', order: 'DESC' }} perPage={50} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <Col source="createdAt">
        <LocalizedDateField source="createdAt" showTime />
      </Col>
      <Col source="actorRole" disableSort>
        <SelectField source="actorRole" choices={roleChoices} />
      </Col>
      <Col source="action" render={(record) => <Action action={record.action} />} />
      <Col source="resource" />
      <Col source="recordId" disableSort render={(record) => <Mono value={record.recordId} />} />
      <Col source="actorId" disableSort render={(record) => <Mono value={record.actorId} />} />
    </DataTable>
  </List>
);

import { Box } from '@mui/material';
import { DataTable, DateInput, List, SelectField, SelectInput, useTranslate } from 'react-admin';
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
const MORE_ACTIONS = ['export', 'rotate', 'refuse', 'merge'];
const actionKey = (id: string) => (ACTIONS.includes(id) ? `app.audit.actions.${id}` : `app.intake.audit_actions.${id}`);
const actionChoices = [...ACTIONS, ...MORE_ACTIONS].map((id) => ({ id, name: actionKey(id) }));
// The API's resource names, shown in the UI language (exact matches when filtering).
const RESOURCES = ['clients', 'cases', 'milestones', 'housing-situations', 'support-needs', 'notes', 'housing-offers', 'housing-requests', 'matches', 'users', 'auth', 'stats', 'dashboard', 'data-checks', 'caseworkers', 'audit-events'];
const resourceKey = (id: string) => `app.intake.audit_resources.${id}`;
const resourceChoices = RESOURCES.map((id) => ({ id, name: resourceKey(id) }));

const filters = [
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <SelectInput key="resource" source="resource" choices={resourceChoices} alwaysOn />,
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
  return <>{translate(actionKey(action), { _: action })}</>;
};

const Resource = ({ resource }: { resource: string }) => {
  const translate = useTranslate();
  return <>{translate(resourceKey(resource), { _: resource })}</>;
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
      <Col source="resource" render={(record) => <Resource resource={record.resource} />} />
      <Col source="recordId" disableSort render={(record) => <Mono value={record.recordId} />} />
      <Col source="actorId" disableSort render={(record) => <Mono value={record.actorId} />} />
    </DataTable>
  </List>
);

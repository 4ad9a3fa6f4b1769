import { Box } from '@mui/material';
import { DataTable, DateInput, List, SelectField, TextInput } from 'react-admin';
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

// Exact matches: actions are list, read, create, update, delete, login, logout; resources are API names.
const filters = [
  <TextInput key="action" source="action" alwaysOn />,
  <TextInput key="resource" source="resource" alwaysOn />,
  <DateInput key="since" source="since" alwaysOn />,
];

const Col = DataTable.Col<AuditEventRecord>;

const Mono = ({ value }: { value: string | null }) => (
  <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>
    {value ?? '—'}
  </Box>
);

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
      <Col source="action" />
      <Col source="resource" />
      <Col source="recordId" disableSort render={(record) => <Mono value={record.recordId} />} />
      <Col source="actorId" disableSort render={(record) => <Mono value={record.actorId} />} />
    </DataTable>
  </List>
);

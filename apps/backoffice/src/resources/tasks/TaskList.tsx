import { Chip } from '@mui/material';
import { CreateButton, DataTable, ExportButton, List, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import type { TaskRecord } from '@ct/contracts';
import { LocalizedDateField } from '../../common/LocalizedDateField';
import { statusChoices } from './TaskInputs';

const Col = DataTable.Col<TaskRecord>;

const Kind = ({ record }: { record: TaskRecord }) => {
  const translate = useTranslate();
  return (
    <>
      {translate(`app.tasks.kinds.${record.kind}`)}
      {record.generated && <Chip size="small" variant="outlined" sx={{ ml: 1 }} label={translate('app.tasks.generated')} />}
    </>
  );
};

const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];

/** Tasks of the caseload, soonest first; open ones by default. */
export const TaskList = () => (
  <List<TaskRecord>
    sort={{ field: 'dueOn', order: 'ASC' }}
    filters={filters}
    filterDefaultValues={{ status: 'open' }}
    actions={
      <TopToolbar>
        <CreateButton />
        <ExportButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <Col source="dueOn" field={LocalizedDateField} />
      <Col source="clientCode" disableSort />
      <Col source="kind" render={(record) => <Kind record={record} />} />
      <Col source="status" render={(record) => <StatusLabel status={record.status} />} />
      <Col source="snoozedUntil" disableSort field={LocalizedDateField} />
      <Col source="note" disableSort />
    </DataTable>
  </List>
);

const StatusLabel = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return <>{translate(`app.tasks.statuses.${status}`)}</>;
};

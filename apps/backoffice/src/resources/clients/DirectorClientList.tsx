import { Alert } from '@mui/material';
import { DataTable, List, ReferenceField, ReferenceInput, SelectInput, useTranslate } from 'react-admin';
import type { DirectorClientRecord } from '@ct/contracts';
import { ReassignButton } from './show/ReassignButton';

const filters = [
  <ReferenceInput key="caseworkerId" source="caseworkerId" reference="caseworkers" sort={{ field: 'displayName', order: 'ASC' }} perPage={200} alwaysOn>
    <SelectInput optionText="displayName" label="resources.clients.fields.caseworkerId" />
  </ReferenceInput>,
];

const Col = DataTable.Col<DirectorClientRecord>;

/**
 * What a director sees of clients: the pseudonymous code and who looks after it, to balance caseloads.
 * The API gives them nothing else about a client, so there is no client page to open.
 */
export const DirectorClientList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false} actions={false}>
      <Alert severity="info" sx={{ m: 1 }}>
        {translate('app.team.clients_hint')}
      </Alert>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <Col source="code" />
        <Col source="caseworkerId" disableSort>
          <ReferenceField source="caseworkerId" reference="caseworkers" link={false} emptyText="app.team.unassigned" />
        </Col>
        <Col label="" disableSort render={(record) => <ReassignButton record={record as never} />} />
      </DataTable>
    </List>
  );
};

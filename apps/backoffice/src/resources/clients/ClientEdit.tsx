import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext } from 'react-admin';
import type { ClientRecord } from '@ct/contracts';
import { clientLabel } from '../../common/client-name';
import { useRole } from '../../common/useRole';
import { ClientInputs, withNulls } from './ClientInputs';

// Only admins delete clients (the API refuses everyone else); caseworkers save.
const EditToolbar = () => {
  const { role } = useRole();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {role === 'admin' && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
};

const ClientTitle = () => {
  const record = useRecordContext<ClientRecord>();
  return <>{clientLabel(record)}</>;
};

export const ClientEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={withNulls} title={<ClientTitle />}>
    <SimpleForm toolbar={<EditToolbar />}>
      <ClientInputs />
    </SimpleForm>
  </Edit>
);

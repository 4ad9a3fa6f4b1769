import { Create, SimpleForm } from 'react-admin';
import { ClientInputs, withNulls } from './ClientInputs';

export const ClientCreate = () => (
  <Create redirect="show" transform={withNulls}>
    <SimpleForm defaultValues={{ householdSize: 1, languages: ['ru'], excludeFromStatistics: false }}>
      <ClientInputs />
    </SimpleForm>
  </Create>
);

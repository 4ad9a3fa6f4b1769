import {
  CreateButton,
  DataTable,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import type { UserRecord } from '@ct/contracts';
import { LocalizedDateField } from '../../common/LocalizedDateField';
import { roleChoices } from '../../roles';
import { UserStatusField } from './UserStatusField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
];

// No export button: lists leave the app only through deliberate, audited routes.
const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

const Col = DataTable.Col<UserRecord>;

const dimDisabled = (record: UserRecord) => (record.disabled ? { opacity: 0.6 } : {});

/** The API sorts users by email, role and creation date only; other columns are not sortable. */
export const UserList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'email', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="edit" rowSx={dimDisabled}>
      <Col source="email" />
      <Col source="displayName" disableSort />
      <Col source="role">
        <SelectField source="role" choices={roleChoices} />
      </Col>
      <Col source="disabled" disableSort>
        <UserStatusField />
      </Col>
      <Col source="lastLoginAt" disableSort>
        <LocalizedDateField source="lastLoginAt" showTime />
      </Col>
      <Col source="createdAt" sortByOrder="DESC">
        <LocalizedDateField source="createdAt" />
      </Col>
    </DataTable>
  </List>
);

import { useMemo } from 'react';
import { Alert } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  DataTable,
  List,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
  TopToolbar,
  maxValue,
  minValue,
  useTranslate,
} from 'react-admin';
import type { ClientRecord } from '@ct/contracts';
import { caseStatusChoices } from '../../common/choices';
import { clientLabel, formatANumber } from '../../common/client-name';
import { DayField } from '../../common/DayField';
import { useRole } from '../../common/useRole';

/** The API searches a blind index: whole words or prefixes of at least 3 letters, or an A-number. */
const searchable = (value: unknown) => {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  return text.length >= 3 || /\d{6,}/.test(text) ? undefined : 'app.clients.q_help';
};

function useFilters(role: string | null) {
  const translate = useTranslate();
  return useMemo(() => {
    const filters = [
      <SelectInput key="status" source="status" choices={caseStatusChoices} alwaysOn />,
      <NumberInput key="deadlineWithinDays" source="deadlineWithinDays" min={0} max={3650} validate={[minValue(0), maxValue(3650)]} alwaysOn />,
      <BooleanInput key="needsOpen" source="needsOpen" alwaysOn />,
      <TextInput key="region" source="region" />,
    ];
    // Directors may not search by name or A-number: they never see either.
    if (role !== 'director') {
      filters.unshift(
        <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.clients.fields.q')} validate={searchable} sx={{ minWidth: 260 }} />,
      );
    }
    if (role === 'admin') {
      filters.push(
        <ReferenceInput key="caseworkerId" source="caseworkerId" reference="users" filter={{ role: 'caseworker' }} sort={{ field: 'email', order: 'ASC' }}>
          <SelectInput optionText="email" />
        </ReferenceInput>,
      );
    }
    return filters;
  }, [role, translate]);
}

const ListActions = ({ canCreate }: { canCreate: boolean }) => <TopToolbar>{canCreate && <CreateButton />}</TopToolbar>;

const Col = DataTable.Col<ClientRecord>;
const NumberCol = DataTable.NumberCol<ClientRecord>;

/** Names are encrypted, so the list sorts by arrival, region, household or code, never by name. */
export const ClientList = () => {
  const translate = useTranslate();
  const { role, seesIdentity } = useRole();
  const filters = useFilters(role);
  return (
    <List
      filters={filters}
      actions={<ListActions canCreate={seesIdentity} />}
      sort={{ field: 'lastArrivalOn', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      {!seesIdentity && (
        <Alert severity="info" sx={{ m: 1 }}>
          {translate('app.clients.identity_hidden')}
        </Alert>
      )}
      <DataTable bulkActionButtons={false} rowClick="show">
        {seesIdentity ? <Col source="name" disableSort render={(record) => clientLabel(record)} /> : <Col source="code" />}
        {seesIdentity && <Col source="aNumber" disableSort render={(record) => formatANumber(record.aNumber)} sx={{ whiteSpace: 'nowrap' }} />}
        <Col source="region" />
        <Col source="lastArrivalOn" sortByOrder="DESC" field={DayField} />
        <NumberCol source="householdSize" />
        {role === 'admin' && (
          <Col source="caseworkerId" disableSort>
            <ReferenceField source="caseworkerId" reference="users" link={false} />
          </Col>
        )}
      </DataTable>
    </List>
  );
};

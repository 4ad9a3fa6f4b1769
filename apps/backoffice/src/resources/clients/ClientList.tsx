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
import { BulkReassignButton } from './BulkReassignButton';

/**
 * The API searches blind indexes: a name (Latin or Cyrillic) needs a word of at least 3 letters; digits
 * search A-numbers, whole or by their last 4 or more digits. The same rule here gives the message at once.
 */
const searchable = (value: unknown) => {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const compact = value.trim().replace(/[\s-]/g, '').replace(/^a(?=\d)/i, '');
  if (/^\d+$/.test(compact)) return compact.length >= 4 ? undefined : 'app.intake.search_too_short';
  const longest = Math.max(0, ...value.split(/[^\p{L}\p{N}]+/u).map((w) => w.length));
  return longest >= 3 ? undefined : 'app.intake.search_too_short';
};

function useFilters(role: string | null) {
  const translate = useTranslate();
  return useMemo(() => {
    const filters = [
      <SelectInput key="status" source="status" choices={caseStatusChoices} alwaysOn />,
      <NumberInput key="deadlineWithinDays" source="deadlineWithinDays" min={0} max={3650} validate={[minValue(0), maxValue(3650)]} alwaysOn />,
      <BooleanInput key="needsOpen" source="needsOpen" alwaysOn />,
      <TextInput key="region" source="region" alwaysOn sx={{ maxWidth: 180 }} />,
    ];
    // Directors may not search by name or A-number: they never see either.
    if (role !== 'director') {
      filters.unshift(
        <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.clients.fields.q')} validate={searchable} sx={{ minWidth: 260, maxWidth: 440 }} />,
      );
    }
    if (role === 'admin' || role === 'director') {
      filters.push(
        <ReferenceInput key="caseworkerId" source="caseworkerId" reference="caseworkers" sort={{ field: 'displayName', order: 'ASC' }} perPage={200} alwaysOn>
          <SelectInput optionText="displayName" />
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
      <DataTable bulkActionButtons={role === 'admin' || role === 'director' ? <BulkReassignButton /> : false} rowClick="show">
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

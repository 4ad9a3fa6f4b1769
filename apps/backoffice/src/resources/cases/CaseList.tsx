import { Chip, Stack } from '@mui/material';
import { DataTable, List, NumberInput, SelectField, SelectInput, maxValue, minValue, useTranslate } from 'react-admin';
import type { CaseRecord } from '@ct/contracts';
import { caseKindChoices, caseStatusChoices } from '../../common/choices';
import { DayField } from '../../common/DayField';
import { ClientLink } from './ClientLink';

const filters = [
  <SelectInput key="status" source="status" choices={caseStatusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={caseKindChoices} alwaysOn />,
  <NumberInput key="deadlineWithinDays" source="deadlineWithinDays" min={0} max={3650} validate={[minValue(0), maxValue(3650)]} alwaysOn />,
];

const Flags = ({ record }: { record: CaseRecord }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {record.flags.map((flag) => (
        <Chip key={flag} size="small" color="warning" variant="outlined" label={translate(`app.flags.${flag}`, { _: flag })} />
      ))}
    </Stack>
  );
};

const Col = DataTable.Col<CaseRecord>;

/** Cases are created and worked on from the client's page; a row leads there. */
export const CaseList = () => (
  <List filters={filters} actions={false} sort={{ field: 'oneYearDeadline', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={(_id, _resource, record) => `/clients/${record.clientId}/show`}>
      <Col source="clientId" disableSort>
        <ClientLink />
      </Col>
      <Col source="kind">
        <SelectField source="kind" choices={caseKindChoices} />
      </Col>
      <Col source="status">
        <SelectField source="status" choices={caseStatusChoices} />
      </Col>
      <Col source="oneYearDeadline" field={DayField} />
      <Col source="eadMayFileOn" disableSort field={DayField} />
      <Col source="eadDecisionDueOn" disableSort field={DayField} />
      <Col source="flags" disableSort render={(record) => <Flags record={record} />} />
    </DataTable>
  </List>
);

import { Alert, Typography } from '@mui/material';
import { DataTable, List, SelectInput, TextInput, useTranslate } from 'react-admin';
import type { HousingRequestRecord } from '@ct/contracts';
import { urgencyChoices } from '../../common/choices';
import { DayField } from '../../common/DayField';
import { EmptyList } from '../../housing/EmptyList';
import { UrgencyChip } from '../../housing/Facts';
import { languageNames } from '../../housing/format';

const filters = [
  <TextInput key="region" source="region" alwaysOn />,
  <SelectInput key="urgency" source="urgency" choices={urgencyChoices} alwaysOn />,
];

const Col = DataTable.Col<HousingRequestRecord>;
const NumberCol = DataTable.NumberCol<HousingRequestRecord>;

/** Yes / no / no preference for a constraint, in words. */
const yesNo = (value: boolean | null | undefined, translate: (key: string) => string, unset = '—') =>
  value === true ? translate('ra.boolean.true') : value === false ? translate('ra.boolean.false') : unset;

/**
 * Open housing requests as a volunteer may see them: the pseudonymous code, region, dates, household,
 * languages, pets, smoking and urgency. The API sends nothing else (no client, no accessibility need).
 */
export const OpenRequestList = () => {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      filter={{ status: 'open' }}
      sort={{ field: 'urgency', order: 'ASC' }}
      perPage={25}
      exporter={false}
      actions={false}
      empty={<EmptyList message="app.requests.none_open" />}
    >
      <Alert severity="info" sx={{ m: 1 }}>
        {translate('app.requests.list_hint')}
      </Alert>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <Col source="code" render={(r) => <Typography sx={{ fontFamily: 'monospace', fontWeight: 700, whiteSpace: 'nowrap' }} variant="body2">{r.code}</Typography>} />
        <Col source="region" />
        <Col source="neededFrom" field={DayField} />
        <Col source="neededUntil" disableSort field={DayField} />
        <NumberCol source="householdSize" />
        <Col source="languages" disableSort render={(r) => languageNames(r.languages, translate) || '—'} />
        <Col source="constraints.pets" disableSort render={(r) => yesNo(r.constraints?.pets, translate)} />
        <Col
          source="constraints.smoking"
          disableSort
          render={(r) =>
            r.constraints?.smoking === true
              ? translate('app.housing_common.smokes')
              : r.constraints?.smoking === false
                ? translate('app.housing_common.smoke_free')
                : translate('app.housing_common.smoking_any_short')
          }
        />
        <Col source="urgency" render={(r) => <UrgencyChip urgency={r.urgency} />} />
      </DataTable>
    </List>
  );
};

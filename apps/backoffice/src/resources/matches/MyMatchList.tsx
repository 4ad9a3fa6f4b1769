import { Alert, Typography } from '@mui/material';
import { DataTable, List, ReferenceField, SelectInput, useLocaleState, useTranslate } from 'react-admin';
import type { MatchRecord } from '@ct/contracts';
import { matchStatusChoices } from '../../housing/choices';
import { EmptyList } from '../../housing/EmptyList';
import { formatInstantDay } from '../../housing/format';
import { MatchActions } from '../../housing/MatchActions';
import { MatchDates } from '../../housing/MatchDates';
import { ScoreChip } from '../../housing/MatchScore';
import { MatchStatusChip } from '../../housing/MatchStatusChip';

const filters = [<SelectInput key="status" source="status" choices={matchStatusChoices} alwaysOn />];

const Col = DataTable.Col<MatchRecord>;

/**
 * The volunteer's matches: request code, offer, score, status and, once the caseworker accepted and the
 * client agreed, the client's first name. The host records the move-in and the end of a stay here.
 */
export const MyMatchList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={false}
      empty={<EmptyList message="app.matches.none_yet" />}
    >
      <Alert severity="info" sx={{ m: 1 }}>
        {translate('app.matches.my_matches_hint')}
      </Alert>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <Col source="requestCode" disableSort render={(m) => <Typography sx={{ fontFamily: 'monospace', fontWeight: 700, whiteSpace: 'nowrap' }} variant="body2">{m.requestCode}</Typography>} />
        <Col source="offerId" disableSort>
          <ReferenceField source="offerId" reference="housing-offers" link="show" />
        </Col>
        <Col source="score" render={(m) => <ScoreChip score={m.score} />} />
        <Col source="status" render={(m) => <MatchStatusChip status={m.status} />} />
        <Col
          source="clientFirstName"
          disableSort
          render={(m) =>
            m.clientFirstName ?? (
              <Typography variant="body2" color="text.secondary" component="span">
                {translate('app.matches.first_name_hidden')}
              </Typography>
            )
          }
        />
        <Col source="createdAt" render={(m) => formatInstantDay(m.createdAt, locale)} />
        <Col
          label=""
          disableSort
          render={(m) => (
            <>
              <MatchDates match={m} />
              <MatchActions match={m} viewer="host" />
            </>
          )}
        />
      </DataTable>
    </List>
  );
};

import { Box, Stack, Typography } from '@mui/material';
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { HousingOfferRecord, MatchRecord } from '@ct/contracts';
import { formatInstantDay } from '../../housing/format';
import { MatchActions } from '../../housing/MatchActions';
import { ScoreChip } from '../../housing/MatchScore';
import { MatchStatusChip } from '../../housing/MatchStatusChip';
import { MatchDates } from '../../housing/MatchDates';
import { EmptyLine, Panel } from '../clients/show/Panel';

const MatchRow = ({ match }: { match: MatchRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box component="li" sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }} data-match-id={match.id}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 700 }}>
          {match.requestCode}
        </Typography>
        <MatchStatusChip status={match.status} />
        <ScoreChip score={match.score} />
        {match.clientFirstName && <Typography variant="body2">{match.clientFirstName}</Typography>}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('app.matches.created')}: {formatInstantDay(match.createdAt, locale)}
      </Typography>
      <MatchDates match={match} />
      <Box sx={{ mt: 0.5 }}>
        <MatchActions match={match} viewer="host" />
      </Box>
    </Box>
  );
};

/** The matches made with this offer, newest first; the host records move-ins and ends here too. */
export const OfferMatches = () => {
  const offer = useRecordContext<HousingOfferRecord>();
  const { data, isPending } = useGetList<MatchRecord>(
    'matches',
    { filter: { offerId: offer?.id }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: !!offer },
  );
  if (!offer) return null;
  return (
    <Panel title="app.offers.matches">
      {!isPending && !data?.length && <EmptyLine message="app.offers.no_matches" />}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {data?.map((match) => <MatchRow key={match.id} match={match} />)}
      </Box>
    </Panel>
  );
};

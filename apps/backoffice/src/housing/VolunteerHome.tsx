import { Alert, Box, Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import { Button, Link, useCreatePath, useGetList, useTranslate } from 'react-admin';
import type { HousingOfferRecord, MatchRecord } from '@ct/contracts';

const listPath = (path: string, filter: Record<string, string>) => `${path}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** How many records of a resource match a filter (one row fetched; the total comes from Content-Range). */
function useCount<T extends HousingOfferRecord | MatchRecord>(resource: string, filter: Record<string, string>) {
  const { total, isPending, error } = useGetList<T>(resource, { filter, pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'DESC' } });
  return { total: total ?? 0, isPending, error };
}

const Tile = ({ label, count, to, testId }: { label: string; count: number; to: string; testId: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: '1 1 200px' }} data-testid={testId}>
      <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="h3" component="p" sx={{ fontWeight: 600 }}>
            {count}
          </Typography>
          <Typography color="text.secondary">{translate(label)}</Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** The volunteer's home: active offers, proposals waiting for a caseworker, accepted matches. */
const VolunteerHome = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const offers = createPath({ resource: 'housing-offers', type: 'list' });
  const matches = createPath({ resource: 'matches', type: 'list' });
  const active = useCount<HousingOfferRecord>('housing-offers', { status: 'active' });
  const proposed = useCount<MatchRecord>('matches', { status: 'proposed' });
  const accepted = useCount<MatchRecord>('matches', { status: 'accepted' });
  if (active.isPending || proposed.isPending || accepted.isPending) return null;
  if (active.error || proposed.error || accepted.error) return <Alert severity="error">{translate('app.housing_dashboard.load_error')}</Alert>;
  return (
    <Stack spacing={2} component="section" aria-label={translate('app.housing_dashboard.title')}>
      <Typography variant="h5" component="h1">
        {translate('app.housing_dashboard.title')}
      </Typography>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        <Tile testId="active-offers" label="app.housing_dashboard.active_offers" count={active.total} to={listPath(offers, { status: 'active' })} />
        <Tile testId="awaiting-caseworker" label="app.housing_dashboard.awaiting_caseworker" count={proposed.total} to={listPath(matches, { status: 'proposed' })} />
        <Tile testId="accepted-matches" label="app.housing_dashboard.accepted" count={accepted.total} to={listPath(matches, { status: 'accepted' })} />
      </Stack>
      <Box>
        <Button label="app.housing_dashboard.open_requests" component={Link} to={createPath({ resource: 'housing-requests', type: 'list' })} variant="outlined" />
      </Box>
    </Stack>
  );
};

export default VolunteerHome;

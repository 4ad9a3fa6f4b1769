import { Alert, Box, Card, CardContent, Chip, Stack, Typography, alpha } from '@mui/material';
import ContactPhoneOutlinedIcon from '@mui/icons-material/ContactPhoneOutlined';
import {
  List,
  RecordContextProvider,
  ReferenceField,
  SelectInput,
  WithRecord,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { HousingOfferRecord, MatchRecord } from '@ct/contracts';
import { housingEnumKey, matchStatusChoices } from '../../housing/choices';
import { OfferFacts } from '../../housing/Facts';
import { formatInstantDay } from '../../housing/format';
import { ConsentSwitch, MatchActions } from '../../housing/MatchActions';
import { MatchDates } from '../../housing/MatchDates';
import { MatchParts } from '../../housing/MatchParts';
import { ScoreBar } from '../../housing/MatchScore';
import { MatchStatusChip } from '../../housing/MatchStatusChip';

const filters = [<SelectInput key="status" source="status" choices={matchStatusChoices} alwaysOn />];

const CONFIRMED = ['accepted', 'moved_in', 'ended'];

/** Once accepted, the caseworker sees who the host is and how to reach them. */
const HostContact = ({ match }: { match: MatchRecord }) => {
  const translate = useTranslate();
  return (
    <Box
      sx={{ alignSelf: 'start', display: 'flex', gap: 1.5, alignItems: 'flex-start', p: 1.5, borderRadius: 1, bgcolor: (theme) => alpha(theme.palette.success.main, 0.06), border: 1, borderColor: 'success.light' }}
      data-testid="host-contact"
    >
      <ContactPhoneOutlinedIcon color="success" sx={{ mt: 0.25 }} />
      <Box>
        <Typography variant="caption" color="text.secondary" component="div">
          {translate('app.matches.host')}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {match.hostName || translate('app.matches.host_unknown')}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
          {translate('app.matches.host_contact')}
        </Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {match.hostContact || translate('app.matches.host_unknown')}
        </Typography>
      </Box>
    </Box>
  );
};

/** One proposal: which client and request, the offer, the score explained, the host once accepted, and the next step. */
const ProposalCard = ({ match }: { match: MatchRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const awaiting = match.status === 'proposed';
  return (
    <RecordContextProvider value={match}>
      <Card
        variant="outlined"
        component="article"
        data-match-id={match.id}
        data-status={match.status}
        sx={{ borderLeft: 4, borderLeftColor: awaiting ? 'info.main' : CONFIRMED.includes(match.status) ? 'success.main' : 'divider' }}
      >
        <CardContent>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
            <Typography variant="h6" component="h2">
              <ReferenceField source="requestId" reference="housing-requests" link={false}>
                <ReferenceField source="clientId" reference="clients" link="show" />
              </ReferenceField>
            </Typography>
            <Chip size="small" variant="outlined" label={match.requestCode} sx={{ fontFamily: 'monospace', fontWeight: 700 }} />
            <MatchStatusChip status={match.status} />
            {awaiting && <Chip size="small" color="warning" variant="outlined" label={translate('app.matches.awaiting')} />}
            <Box sx={{ flex: 1 }} />
            <ScoreBar score={match.score} />
          </Stack>
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
            {translate('app.matches.created')}: {formatInstantDay(match.createdAt, locale)} ·{' '}
            {translate('app.matches.proposed_by', { who: translate(housingEnumKey('proposed_by', match.proposedBy)) })}
          </Typography>
          <Box
            sx={{
              mt: 1.5,
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: CONFIRMED.includes(match.status) ? 'minmax(0, 3fr) minmax(0, 2fr)' : 'minmax(0, 1fr)' },
            }}
          >
            <Box>
              <Typography variant="subtitle2" component="h3">
                <ReferenceField source="offerId" reference="housing-offers" link={false} />
              </Typography>
              <ReferenceField source="offerId" reference="housing-offers" link={false}>
                <WithRecord<HousingOfferRecord> render={(offer) => <OfferFacts offer={offer} withType={false} withRegion={false} />} />
              </ReferenceField>
              <Box sx={{ mt: 1 }}>
                <MatchParts parts={match.parts} />
              </Box>
            </Box>
            {CONFIRMED.includes(match.status) && <HostContact match={match} />}
          </Box>
          <MatchDates match={match} />
          <Stack direction="row" sx={{ mt: 1.5, gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
            <ConsentSwitch match={match} />
            <MatchActions match={match} viewer="caseworker" />
          </Stack>
        </CardContent>
      </Card>
    </RecordContextProvider>
  );
};

const ProposalCards = () => {
  const translate = useTranslate();
  const { data, isPending } = useListContext<MatchRecord>();
  if (isPending) return null;
  if (!data?.length) return <Alert severity="info" sx={{ m: 1 }}>{translate('app.matches.empty')}</Alert>;
  return (
    <Stack spacing={2} sx={{ p: 1 }}>
      {data.map((match) => (
        <ProposalCard key={match.id} match={match} />
      ))}
    </Stack>
  );
};

/**
 * Housing proposals on the caseworker's clients' requests: accept or decline each; once accepted, the
 * host's name and contact, the first-name consent, and the move-in and end of the stay.
 */
export const ProposalList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false} actions={false} empty={false}>
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('app.matches.proposals_hint')}
      </Typography>
      <ProposalCards />
    </List>
  );
};

import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import {
  Link,
  RecordContextProvider,
  ReferenceField,
  useCreatePath,
  useGetList,
  useGetManyReference,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ClientRecord, HousingRequestRecord, MatchRecord, OfferSuggestion } from '@ct/contracts';
import { todayIso } from '../../common/days';
import { EditDialogButton } from '../../common/FormDialog';
import { useRole } from '../../common/useRole';
import { housingEnumKey } from '../../housing/choices';
import { OfferFacts, RequestFacts, UrgencyChip } from '../../housing/Facts';
import { MatchParts } from '../../housing/MatchParts';
import { ScoreBar, ScoreChip } from '../../housing/MatchScore';
import { MatchStatusChip } from '../../housing/MatchStatusChip';
import { ProposeButton } from '../../housing/ProposeButton';
import { useRequestSuggestions } from '../../housing/useSuggestions';
import { EmptyLine, Panel } from '../clients/show/Panel';
import { OpenRequestButton } from './OpenRequestButton';
import { RequestInputs, requestWithNulls } from './RequestInputs';

const RequestStatusChip = ({ request }: { request: HousingRequestRecord }) => {
  const translate = useTranslate();
  const color = request.status === 'open' ? 'info' : request.status === 'housed' ? 'success' : 'default';
  return <Chip size="small" color={color} label={translate(housingEnumKey('request_statuses', request.status))} data-request-status={request.status} />;
};

/** The request's code (what volunteers know it by), status, urgency and what was asked for. */
const RequestSummary = ({ request }: { request: HousingRequestRecord }) => {
  const translate = useTranslate();
  return (
    <Box data-request-code={request.code}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
        <Typography variant="caption" color="text.secondary">
          {translate('app.requests.code')}
        </Typography>
        <Chip size="small" variant="outlined" label={request.code} sx={{ fontFamily: 'monospace', fontWeight: 700 }} />
        <RequestStatusChip request={request} />
        <UrgencyChip urgency={request.urgency} />
        <Box sx={{ flex: 1 }} />
        <EditDialogButton
          resource="housing-requests"
          id={request.id}
          label="app.requests.edit"
          icon={<EditOutlinedIcon fontSize="small" />}
          transform={requestWithNulls}
        >
          <RequestInputs withStatus />
        </EditDialogButton>
      </Stack>
      <RequestFacts request={request} showUrgency={false} />
    </Box>
  );
};

/** The proposals made for this request so far, each leading to the proposals screen. */
const RequestMatches = ({ request }: { request: HousingRequestRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data } = useGetList<MatchRecord>('matches', {
    filter: { requestId: request.id },
    sort: { field: 'createdAt', order: 'DESC' },
    pagination: { page: 1, perPage: 20 },
  });
  if (!data?.length) return null;
  const to = `${createPath({ resource: 'matches', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ requestId: request.id }))}`;
  return (
    <Box sx={{ mt: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2, flexWrap: 'wrap', mb: 0.5 }}>
        <Typography variant="subtitle2" component="h3">
          {translate('app.requests.matches')}
        </Typography>
        <Link to={to} variant="body2">
          {translate('app.requests.review')}
        </Link>
      </Stack>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {data.map((match) => (
          <RecordContextProvider key={match.id} value={match}>
            <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.5, flexWrap: 'wrap' }} data-match-id={match.id}>
              <MatchStatusChip status={match.status} />
              <ScoreChip score={match.score} />
              <Typography variant="body2" component="span">
                <ReferenceField source="offerId" reference="housing-offers" link={false} />
              </Typography>
              {match.hostName && (
                <Typography variant="body2" color="text.secondary" component="span">
                  · {match.hostName}
                </Typography>
              )}
            </Box>
          </RecordContextProvider>
        ))}
      </Box>
    </Box>
  );
};

const OfferSuggestionRow = ({ request, suggestion }: { request: HousingRequestRecord; suggestion: OfferSuggestion }) => {
  const translate = useTranslate();
  const { offer } = suggestion;
  return (
    <Box component="li" sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }} data-offer-id={offer.id}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 0.5 }}>
        <Typography variant="body2" sx={{ fontWeight: 700 }}>
          {translate(housingEnumKey('offer_types', offer.type))}
        </Typography>
        <ScoreBar score={suggestion.score} width={160} />
        <Box sx={{ flex: 1 }} />
        {suggestion.matchId ? (
          <Chip size="small" color="info" label={translate('app.housing_common.already_proposed')} />
        ) : (
          <ProposeButton requestId={request.id} offerId={offer.id} doneMessage="app.requests.propose_done" />
        )}
      </Stack>
      <OfferFacts offer={offer} withType={false} />
      <Box sx={{ mt: 1 }}>
        <MatchParts parts={suggestion.parts} />
      </Box>
    </Box>
  );
};

/** Active offers ranked for the open request, with the score explained and a Propose action. */
const SuggestedOffers = ({ request }: { request: HousingRequestRecord }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useRequestSuggestions(request.id);
  return (
    <Box sx={{ mt: 2 }} component="section" aria-label={translate('app.requests.suggestions')}>
      <Typography variant="subtitle2" component="h3">
        {translate('app.requests.suggestions')}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
        {translate('app.requests.suggestions_hint')}
      </Typography>
      {error && <Alert severity="error">{translate('app.housing_common.suggestions_error')}</Alert>}
      {!isPending && !error && data?.length === 0 && <EmptyLine message="app.requests.no_suggestions" />}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {data?.map((suggestion) => <OfferSuggestionRow key={suggestion.offer.id} request={request} suggestion={suggestion} />)}
      </Box>
    </Box>
  );
};

/**
 * The client's housing request on their page (caseworkers and admins): open one, see its code and
 * status, the proposals made so far and the offers that fit, each with a Propose action.
 */
export const ClientHousingRequestPanel = () => {
  const client = useRecordContext<ClientRecord>();
  const translate = useTranslate();
  const { role } = useRole();
  const allowed = role === 'caseworker' || role === 'admin';
  const { data, isPending } = useGetManyReference<HousingRequestRecord>(
    'housing-requests',
    { target: 'clientId', id: client?.id, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 20 } },
    { enabled: !!client && allowed },
  );
  if (!client || !allowed) return null;
  const open = data?.find((request) => request.status === 'open');
  const latest = open ?? data?.[0];
  const defaults: Partial<HousingRequestRecord> = {
    clientId: client.id,
    region: client.region ?? '',
    neededFrom: todayIso(),
    neededUntil: null,
    householdSize: client.householdSize || 1,
    languages: client.languages ?? [],
    urgency: 'medium',
    constraints: { pets: false, smoking: null, accessibility: false },
  };
  const add = !isPending && !open && <OpenRequestButton defaults={defaults} />;
  return (
    <Panel title="app.requests.panel_title" action={add}>
      {!isPending && !latest && <EmptyLine message="app.requests.none" />}
      {latest && <RequestSummary request={latest} />}
      {latest && latest.status !== 'open' && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('app.requests.closed_note', { status: translate(housingEnumKey('request_statuses', latest.status)) })}
        </Typography>
      )}
      {latest && <RequestMatches request={latest} />}
      {open && <SuggestedOffers request={open} />}
    </Panel>
  );
};

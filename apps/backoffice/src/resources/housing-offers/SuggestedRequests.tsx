import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { HousingOfferRecord, RequestSuggestion } from '@ct/contracts';
import { RequestFacts, UrgencyChip } from '../../housing/Facts';
import { MatchParts } from '../../housing/MatchParts';
import { ScoreBar } from '../../housing/MatchScore';
import { ProposeButton } from '../../housing/ProposeButton';
import { useOfferSuggestions } from '../../housing/useSuggestions';
import { EmptyLine, Panel } from '../clients/show/Panel';

const SuggestionRow = ({ offer, suggestion }: { offer: HousingOfferRecord; suggestion: RequestSuggestion }) => {
  const translate = useTranslate();
  const { request } = suggestion;
  return (
    <Box component="li" sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }} data-request-code={request.code}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 0.5 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontFamily: 'monospace', fontWeight: 700 }}>
          {request.code}
        </Typography>
        <UrgencyChip urgency={request.urgency} />
        <ScoreBar score={suggestion.score} />
        <Box sx={{ flex: 1 }} />
        {suggestion.matchId ? (
          <Chip size="small" color="info" label={translate('app.housing_common.already_proposed')} />
        ) : (
          <ProposeButton
            requestId={request.id}
            offerId={offer.id}
            doneMessage="app.housing_common.proposed"
            ariaLabel={`${translate('app.housing_common.propose')} ${request.code}`}
          />
        )}
      </Stack>
      <RequestFacts request={request} showUrgency={false} />
      <Box sx={{ mt: 1 }}>
        <MatchParts parts={suggestion.parts} />
      </Box>
    </Box>
  );
};

/** Open requests that fit this offer, best first, each with its score explained and a Propose button. */
export const SuggestedRequests = () => {
  const offer = useRecordContext<HousingOfferRecord>();
  const translate = useTranslate();
  const active = offer?.status === 'active';
  const { data, isPending, error } = useOfferSuggestions(offer?.id, active);
  if (!offer) return null;
  return (
    <Panel title="app.offers.suggestions">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.offers.suggestions_hint')}
      </Typography>
      <Alert severity="info" sx={{ mb: 1 }}>
        {translate('app.housing_common.identity_note')}
      </Alert>
      {!active && <EmptyLine message="app.offers.inactive" />}
      {active && error && <Alert severity="error">{translate('app.housing_common.suggestions_error')}</Alert>}
      {active && !isPending && !error && data?.length === 0 && <EmptyLine message="app.housing_common.no_suggestions" />}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {active && data?.map((suggestion) => <SuggestionRow key={suggestion.request.id} offer={offer} suggestion={suggestion} />)}
      </Box>
    </Panel>
  );
};

import type { ReactNode } from 'react';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { EditButton, Show, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { HousingOfferRecord } from '@ct/contracts';
import { housingEnumKey } from '../../housing/choices';
import { formatPeriod, languageNames } from '../../housing/format';
import { OfferStatusChip } from './OfferList';
import { OfferMatches } from './OfferMatches';
import { SuggestedRequests } from './SuggestedRequests';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 120 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {children ?? '—'}
      </Typography>
    </Box>
  );
};

const field = (name: string) => `resources.housing-offers.fields.${name}`;

const OfferTitle = () => {
  const offer = useRecordContext<HousingOfferRecord>();
  const translate = useTranslate();
  if (!offer) return null;
  return <>{translate('app.offers.show_title', { type: translate(housingEnumKey('offer_types', offer.type)), region: offer.region })}</>;
};

const rule = (value: boolean | null | undefined, translate: (key: string) => string) =>
  value === true ? translate('ra.boolean.true') : value === false ? translate('ra.boolean.false') : translate('app.housing_common.not_said');

/** What the volunteer offers, as they entered it, with the beds still free. */
const OfferHeader = () => {
  const offer = useRecordContext<HousingOfferRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!offer) return null;
  return (
    <Card>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1">
              <OfferTitle />
            </Typography>
            <OfferStatusChip status={offer.status} />
          </Stack>
          <EditButton />
        </Stack>
        <Stack direction="row" sx={{ mt: 2, columnGap: 4, rowGap: 1.5, flexWrap: 'wrap' }}>
          <Fact label="app.offers.remaining">
            <Typography component="span" variant="h6" sx={{ lineHeight: 1 }}>
              {offer.remainingCapacity}
            </Typography>{' '}
            / {offer.capacity}
          </Fact>
          <Fact label="app.offers.available">{formatPeriod(offer.availableFrom, offer.availableUntil, locale, translate)}</Fact>
          <Fact label={field('cost')}>{translate(housingEnumKey('offer_costs', offer.cost))}</Fact>
          <Fact label={field('languages')}>{languageNames(offer.languages, translate) || null}</Fact>
          <Fact label={field('houseRules.petsAllowed')}>{rule(offer.houseRules?.petsAllowed, translate)}</Fact>
          <Fact label={field('houseRules.smokingAllowed')}>{rule(offer.houseRules?.smokingAllowed, translate)}</Fact>
          <Fact label={field('houseRules.accessible')}>{rule(offer.houseRules?.accessible, translate)}</Fact>
          <Fact label={field('hostContact')}>{offer.hostContact || null}</Fact>
        </Stack>
        {offer.note && (
          <Box sx={{ mt: 2 }}>
            <Fact label={field('note')}>{offer.note}</Fact>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

/** One offer: its facts, the open requests that fit it (to propose) and the matches made with it. */
export const OfferShow = () => (
  <Show component="div" actions={false} title={<OfferTitle />}>
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <OfferHeader />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          alignItems: 'start',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
        }}
      >
        <SuggestedRequests />
        <OfferMatches />
      </Box>
    </Stack>
  </Show>
);

import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { HousingOfferRecord, HousingRequestRecord, Urgency } from '@ct/contracts';
import { enumKey } from '../common/choices';
import { housingEnumKey } from './choices';
import { formatPeriod, languageNames } from './format';

export const URGENCY_COLOR: Record<Urgency, 'default' | 'info' | 'warning' | 'error'> = { low: 'default', medium: 'info', high: 'warning', urgent: 'error' };

/** A wrapping row of short facts separated by dots, then optional chips. */
const FactRow = ({ facts, chips }: { facts: (string | null | false | undefined)[]; chips?: React.ReactNode }) => (
  <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, rowGap: 0.5 }}>
    <Typography variant="body2" color="text.secondary" component="span">
      {facts.filter(Boolean).join(' · ')}
    </Typography>
    {chips}
  </Stack>
);

/** "Pets" / "Someone smokes" / "Smoke-free home wanted" (and, for caseworkers, the accessibility need). */
export function requestConstraintLabels(request: Pick<HousingRequestRecord, 'constraints'>, translate: (key: string) => string): string[] {
  const labels: string[] = [];
  const c = request.constraints ?? { pets: false, smoking: null };
  labels.push(translate(c.pets ? 'app.housing_common.pets' : 'app.housing_common.no_pets'));
  labels.push(
    translate(c.smoking === true ? 'app.housing_common.smokes' : c.smoking === false ? 'app.housing_common.smoke_free' : 'app.housing_common.smoking_any'),
  );
  if (c.accessibility) labels.push(translate('app.housing_common.accessibility_needed'));
  return labels;
}

export const UrgencyChip = ({ urgency }: { urgency: Urgency }) => {
  const translate = useTranslate();
  return <Chip size="small" color={URGENCY_COLOR[urgency]} label={translate(enumKey('urgencies', urgency))} />;
};

/** Region, dates, household, languages and constraints of a request: what anyone matching it may know. */
export const RequestFacts = ({ request, showUrgency = true }: { request: HousingRequestRecord; showUrgency?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const languages = languageNames(request.languages, translate) || translate('app.housing_common.no_languages');
  return (
    <FactRow
      facts={[
        request.region,
        formatPeriod(request.neededFrom, request.neededUntil, locale, translate),
        translate('app.housing_common.household', { smart_count: request.householdSize }),
        languages,
        ...requestConstraintLabels(request, translate),
      ]}
      chips={showUrgency && <UrgencyChip urgency={request.urgency} />}
    />
  );
};

const rule = (value: boolean | null | undefined, yes: string, no: string): string | null => (value === true ? yes : value === false ? no : null);

/** Type, region, free beds, dates, cost, languages and house rules of an offer (never the host). */
export const OfferFacts = ({ offer, withType = true, withRegion = true }: { offer: HousingOfferRecord; withType?: boolean; withRegion?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rules = offer.houseRules ?? { petsAllowed: null, smokingAllowed: null, accessible: null };
  return (
    <FactRow
      facts={[
        withType && translate(housingEnumKey('offer_types', offer.type)),
        withRegion && offer.region,
        translate('app.housing_common.beds_left', { left: offer.remainingCapacity, capacity: offer.capacity }),
        formatPeriod(offer.availableFrom, offer.availableUntil, locale, translate),
        translate(housingEnumKey('offer_costs', offer.cost)),
        languageNames(offer.languages, translate) || translate('app.housing_common.no_languages'),
        rule(rules.petsAllowed, translate('app.housing_common.pets_allowed'), translate('app.housing_common.pets_not_allowed')),
        rule(rules.smokingAllowed, translate('app.housing_common.smoking_allowed'), translate('app.housing_common.smoking_not_allowed')),
        rule(rules.accessible, translate('app.housing_common.accessible'), translate('app.housing_common.not_accessible')),
      ]}
    />
  );
};

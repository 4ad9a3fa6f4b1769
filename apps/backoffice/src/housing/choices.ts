import { HOUSING_REQUEST_STATUSES, MATCH_END_REASONS, MATCH_STATUSES, OFFER_COSTS, OFFER_STATUSES, OFFER_TYPES } from '@ct/contracts';

/** Choices for housing selects: the value is the id, the name a message key react-admin translates. */
const choicesOf = (values: readonly string[], group: string) => values.map((id) => ({ id, name: housingEnumKey(group, id) }));

/** The message key of one housing enum value, e.g. `housingEnumKey('offer_types', 'room')`. */
export const housingEnumKey = (group: string, value: string): string => `app.housing_enums.${group}.${value}`;

export const offerTypeChoices = choicesOf(OFFER_TYPES, 'offer_types');
export const offerCostChoices = choicesOf(OFFER_COSTS, 'offer_costs');
export const offerStatusChoices = choicesOf(OFFER_STATUSES, 'offer_statuses');
export const requestStatusChoices = choicesOf(HOUSING_REQUEST_STATUSES, 'request_statuses');
export const matchStatusChoices = choicesOf(MATCH_STATUSES, 'match_statuses');
export const endReasonChoices = choicesOf(MATCH_END_REASONS, 'end_reasons');

/** Every housing enum the UI labels, for the translation spec. */
export const HOUSING_ENUM_GROUPS: Record<string, readonly string[]> = {
  offer_types: OFFER_TYPES,
  offer_costs: OFFER_COSTS,
  offer_statuses: OFFER_STATUSES,
  request_statuses: HOUSING_REQUEST_STATUSES,
  match_statuses: MATCH_STATUSES,
  end_reasons: MATCH_END_REASONS,
  proposed_by: ['caseworker', 'host', 'admin'],
};

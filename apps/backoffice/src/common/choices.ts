import {
  CASE_KINDS,
  CASE_STATUSES,
  EDUCATION_LEVELS,
  ENGLISH_LEVELS,
  HOUSING_CATEGORIES,
  MILESTONE_TYPES,
  SUPPORT_NEED_CATEGORIES,
  URGENCIES,
} from '@ct/contracts';

/** Choices for selects and fields: the value is the id, the name a message key react-admin translates. */
const choicesOf = (values: readonly string[], group: string) => values.map((id) => ({ id, name: `app.enums.${group}.${id}` }));

export const milestoneTypeChoices = choicesOf(MILESTONE_TYPES, 'milestone_types');
export const caseKindChoices = choicesOf(CASE_KINDS, 'case_kinds');
export const caseStatusChoices = choicesOf(CASE_STATUSES, 'case_statuses');
export const housingCategoryChoices = choicesOf(HOUSING_CATEGORIES, 'housing_categories');
export const needCategoryChoices = choicesOf(SUPPORT_NEED_CATEGORIES, 'need_categories');
export const urgencyChoices = choicesOf(URGENCIES, 'urgencies');
export const educationChoices = choicesOf(EDUCATION_LEVELS, 'education_levels');
export const englishChoices = choicesOf(ENGLISH_LEVELS, 'english_levels');

/** The message key of one enum value, e.g. `enumKey('urgencies', 'high')`. */
export const enumKey = (group: string, value: string): string => `app.enums.${group}.${value}`;

/** Every enum the UI labels, for the translation spec. */
export const ENUM_GROUPS: Record<string, readonly string[]> = {
  milestone_types: MILESTONE_TYPES,
  case_kinds: CASE_KINDS,
  case_statuses: CASE_STATUSES,
  housing_categories: HOUSING_CATEGORIES,
  need_categories: SUPPORT_NEED_CATEGORIES,
  urgencies: URGENCIES,
  education_levels: EDUCATION_LEVELS,
  english_levels: ENGLISH_LEVELS,
};

export * from './dates';
export * from './federal-holidays';
export * from './rule-sets';
export * from './clock-stops';
export * from './one-year-deadline';
export * from './case-clock';
export * from './work-permit';
export * from './annual-fee';
// Only the explanation types: the text helpers in explanations.ts are internal.
export type { Explanation, ExplanationCode, ExplanationParams, ExplanationParamValue } from './explanations';

export type MatchingInputErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_PERIOD'
  | 'INVALID_HOUSEHOLD_SIZE'
  | 'INVALID_CAPACITY'
  | 'INVALID_COST';

/** Malformed request or offer data. Plain class with a stable code; `field` names the offending field. */
export class MatchingInputError extends Error {
  constructor(
    readonly code: MatchingInputErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'MatchingInputError';
  }
}

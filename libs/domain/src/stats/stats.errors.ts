/**
 * Errors thrown by the statistics functions. Plain classes with a stable `code` so the API's single
 * exception filter can map them (config errors stop the boot, input and period errors become a 400).
 * Messages never contain personal data: only the offending configuration or query value.
 */
export type StatsConfigErrorCode = 'MIN_CELL_TOO_SMALL' | 'MIN_CELL_INVALID';

export class StatsConfigError extends Error {
  constructor(
    readonly code: StatsConfigErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StatsConfigError';
  }
}

export type StatsInputErrorCode =
  | 'INVALID_VALUE'
  | 'VALUES_NOT_SORTED'
  | 'PERCENTILE_OUT_OF_RANGE'
  | 'INVALID_COUNT'
  | 'INVALID_BASE'
  | 'DUPLICATE_KEY'
  | 'COUNT_EXCEEDS_TOTAL';

/** A programming error in how the caller fed the statistics functions (not user input). */
export class StatsInputError extends Error {
  constructor(
    readonly code: StatsInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StatsInputError';
  }
}

export type PeriodErrorCode =
  | 'INVALID_MONTH'
  | 'PERIOD_TOO_FINE'
  | 'PERIOD_REVERSED'
  | 'PERIOD_OUT_OF_RANGE'
  | 'PERIOD_TOO_LONG'
  | 'NOT_WHOLE_QUARTER';

/** A bad `from`/`to` query value; `field` names it so the API can answer 400 naming the field. */
export class PeriodError extends Error {
  constructor(
    readonly code: PeriodErrorCode,
    message: string,
    readonly field?: 'from' | 'to',
  ) {
    super(message);
    this.name = 'PeriodError';
  }
}

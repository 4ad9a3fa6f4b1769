/**
 * Errors that business code throws. They carry a stable code; the one exception filter maps codes to
 * HTTP statuses, so services never throw HTTP exceptions. Messages must never contain personal data.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'STALE_VERSION'
  | 'CONFLICT'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN'
  | 'FORBIDDEN'
  | 'TOO_MANY_ATTEMPTS'
  | 'CAPACITY_EXCEEDED'
  | 'INVALID_TRANSITION'
  | 'DUPLICATE_CLIENT';

export const ERROR_STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  STALE_VERSION: 409,
  CONFLICT: 409,
  INVALID_CREDENTIALS: 401,
  INVALID_TOKEN: 401,
  FORBIDDEN: 403,
  TOO_MANY_ATTEMPTS: 429,
  CAPACITY_EXCEEDED: 409,
  INVALID_TRANSITION: 409,
  DUPLICATE_CLIENT: 409,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(resource: string) {
    super('NOT_FOUND', `${resource} not found`);
  }
}

export class ValidationError extends AppError {
  constructor(field: string, message: string) {
    super('VALIDATION_FAILED', `${field}: ${message}`, field);
  }
}

export class StaleVersionError extends AppError {
  constructor(resource: string) {
    super('STALE_VERSION', `${resource} was changed by someone else; reload and try again`, 'version');
  }
}

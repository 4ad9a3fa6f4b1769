import { AppError } from '@ct/api-core';

/** 409 DUPLICATE_CLIENT: what to do, and nothing about the other record. */
export class DuplicateClientError extends AppError {
  constructor() {
    super(
      'DUPLICATE_CLIENT',
      'aNumber: a client with this A-number is already recorded. Search your caseload for the number; if it is not there, ask an admin to check the two records (an admin can merge them). Do not create a second record.',
      'aNumber',
    );
  }
}

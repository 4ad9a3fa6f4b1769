/**
 * Active caseworkers as `GET /api/caseworkers` lists them (id and name only): what admins and directors
 * choose from when they assign a client. No views, so no menu item; ReferenceInput/ReferenceField use it.
 */
export const caseworkers = { recordRepresentation: 'displayName' };

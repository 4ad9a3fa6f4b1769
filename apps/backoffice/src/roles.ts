import { ROLES, isRole, type Role } from '@ct/contracts';

/** Choices for role inputs and fields; names are message keys, translated by react-admin. */
export const roleChoices = ROLES.map((id) => ({ id, name: `app.roles.${id}` }));

export const roleLabelKey = (role: Role): string => `app.roles.${role}`;

/** `permissions` from react-admin is untyped: narrow it to a role, or null. */
export const asRole = (permissions: unknown): Role | null => (isRole(permissions) ? permissions : null);

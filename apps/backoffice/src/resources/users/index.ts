import PeopleIcon from '@mui/icons-material/People';
import type { UserRecord } from '@ct/contracts';
import { lazy } from 'react';

// Each view is its own chunk: the first screen (login, home) does not carry list and form code.
const UserList = lazy(() => import('./UserList').then((m) => ({ default: m.UserList })));
const UserCreate = lazy(() => import('./UserCreate').then((m) => ({ default: m.UserCreate })));
const UserEdit = lazy(() => import('./UserEdit').then((m) => ({ default: m.UserEdit })));

export const users = {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: (record: UserRecord) => record.displayName || record.email,
};

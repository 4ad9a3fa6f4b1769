import FolderSharedIcon from '@mui/icons-material/FolderShared';
import type { ClientRecord } from '@ct/contracts';
import { lazy } from 'react';
import { clientLabel } from '../../common/client-name';

// Each view is its own chunk, loaded when first opened.
const ClientList = lazy(() => import('./ClientList').then((m) => ({ default: m.ClientList })));
const ClientShow = lazy(() => import('./ClientShow').then((m) => ({ default: m.ClientShow })));
const ClientCreate = lazy(() => import('./ClientCreate').then((m) => ({ default: m.ClientCreate })));
const DirectorClientList = lazy(() => import('./DirectorClientList').then((m) => ({ default: m.DirectorClientList })));
const ClientEdit = lazy(() => import('./ClientEdit').then((m) => ({ default: m.ClientEdit })));

const recordRepresentation = (record: ClientRecord) => clientLabel(record);

/** Caseworkers and admins: everything. */
export const clients = {
  list: ClientList,
  show: ClientShow,
  create: ClientCreate,
  edit: ClientEdit,
  icon: FolderSharedIcon,
  recordRepresentation,
};

/**
 * Directors get only each client's code and caseworker, and reassign from the list (a dialog that
 * chooses from `caseworkers`, which lists names only, never the user list). No client page: the API
 * gives them no fact about the person to show.
 */
export const clientsForDirectors = { list: DirectorClientList, icon: FolderSharedIcon, recordRepresentation: 'code' };

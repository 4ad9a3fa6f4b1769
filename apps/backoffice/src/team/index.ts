import GroupsIcon from '@mui/icons-material/Groups';
import { lazy } from 'react';

const CaseloadOverviewPage = lazy(() => import('./CaseloadOverviewPage'));

/** Directors' and admins' view of the team: counts per caseworker, a menu entry, not a CRUD resource. */
export const caseloadOverview = { list: CaseloadOverviewPage, icon: GroupsIcon };

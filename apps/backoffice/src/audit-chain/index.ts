import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { lazy } from 'react';

const AuditChainPage = lazy(() => import('./AuditChainPage'));

/** The audit trail's integrity for admins: a menu entry and its page, not a CRUD resource. */
export const auditChain = { list: AuditChainPage, icon: VerifiedUserIcon };

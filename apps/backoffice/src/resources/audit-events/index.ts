import PolicyIcon from '@mui/icons-material/Policy';
import { lazy } from 'react';

const AuditEventList = lazy(() => import('./AuditEventList').then((m) => ({ default: m.AuditEventList })));

/** The audit trail, read-only for admins and directors. */
export const auditEvents = { list: AuditEventList, icon: PolicyIcon };

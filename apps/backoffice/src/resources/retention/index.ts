import EventBusyIcon from '@mui/icons-material/EventBusy';
import { lazy } from 'react';

const RetentionList = lazy(() => import('./RetentionList').then((m) => ({ default: m.RetentionList })));

/** Admins' retention review (a menu entry). */
export const retention = { list: RetentionList, icon: EventBusyIcon, options: { label: 'app.retention.menu' } };

import OutboxIcon from '@mui/icons-material/Outbox';
import { lazy } from 'react';

const OutboxList = lazy(() => import('./OutboxList').then((m) => ({ default: m.OutboxList })));

export const mailOutbox = { list: OutboxList, icon: OutboxIcon };

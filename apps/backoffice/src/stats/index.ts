import BarChartIcon from '@mui/icons-material/BarChart';
import { lazy } from 'react';

// Loaded on first use with recharts: the sign-in screen and the other roles' pages stay as small as before.
const StatsPage = lazy(() => import('./StatsPage'));

/**
 * Anonymized hardship statistics for directors and admins: a menu entry and its routes, not a CRUD
 * resource (the data provider's `getHardship` reads `/api/stats/hardship`).
 */
export const stats = { list: StatsPage, icon: BarChartIcon };

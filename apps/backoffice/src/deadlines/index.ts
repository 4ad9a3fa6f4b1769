import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { lazy } from 'react';

const CalendarPage = lazy(() => import('./CalendarPage'));

/** The calendar as a menu entry: a "resource" whose list is the agenda and month view (the API has no list). */
export const calendar = { list: CalendarPage, icon: CalendarMonthIcon };

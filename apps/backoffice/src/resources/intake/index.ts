import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { lazy } from 'react';

const IntakePage = lazy(() => import('./IntakePage').then((m) => ({ default: m.IntakePage })));

/** The one-screen intake as a menu entry (`/intake`): no list of its own, the page is the form. */
export const intake = { list: IntakePage, icon: PersonAddIcon, options: { label: 'app.intake.menu' } };

import { lazy } from 'react';

const ClientFilePage = lazy(() => import('./ClientFilePage').then((m) => ({ default: m.ClientFilePage })));

/** A client's file (no list, no menu entry): opened from the client's page. */
export const clientFiles = { show: ClientFilePage };

import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import type { HousingRequestRecord } from '@ct/contracts';
import { lazy } from 'react';

const OpenRequestList = lazy(() => import('./OpenRequestList').then((m) => ({ default: m.OpenRequestList })));

/** Requests are known by their pseudonymous code everywhere, never by the client. */
const recordRepresentation = (record: HousingRequestRecord) => record.code;

/** Volunteers: the open requests, pseudonymous ("Open requests"). */
export const openRequests = {
  list: OpenRequestList,
  icon: TravelExploreIcon,
  options: { label: 'app.housing_menu.open_requests' },
  recordRepresentation,
};

/** Caseworkers and admins manage a client's request on the client's page: no menu entry. */
export const requestsOnClientPage = { recordRepresentation };

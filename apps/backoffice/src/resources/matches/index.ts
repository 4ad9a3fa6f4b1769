import HandshakeIcon from '@mui/icons-material/Handshake';
import type { MatchRecord } from '@ct/contracts';
import { lazy } from 'react';

const MyMatchList = lazy(() => import('./MyMatchList').then((m) => ({ default: m.MyMatchList })));
const ProposalList = lazy(() => import('./ProposalList').then((m) => ({ default: m.ProposalList })));

const recordRepresentation = (record: MatchRecord) => record.requestCode;

/** Volunteers: matches on their own offers ("My matches"). */
export const myMatches = { list: MyMatchList, icon: HandshakeIcon, options: { label: 'app.housing_menu.my_matches' }, recordRepresentation };

/** Caseworkers and admins: matches on their clients' requests, to accept or decline ("Housing proposals"). */
export const proposals = { list: ProposalList, icon: HandshakeIcon, options: { label: 'app.housing_menu.proposals' }, recordRepresentation };

import GavelIcon from '@mui/icons-material/Gavel';
import type { CaseRecord } from '@ct/contracts';
import { lazy } from 'react';

const CaseList = lazy(() => import('./CaseList').then((m) => ({ default: m.CaseList })));
const CaseCreate = lazy(() => import('./CaseCreate').then((m) => ({ default: m.CaseCreate })));
const CaseEdit = lazy(() => import('./CaseEdit').then((m) => ({ default: m.CaseEdit })));

// The API adds the client's pseudonymous code to each case (not in the shared type).
const recordRepresentation = (record: CaseRecord & { clientCode?: string }) => record.clientCode ?? String(record.id);

/** A case is shown on its client's page; here: the list across the caseload, creation and editing. */
export const cases = { list: CaseList, create: CaseCreate, edit: CaseEdit, icon: GavelIcon, recordRepresentation };

import RuleIcon from '@mui/icons-material/Rule';
import { lazy } from 'react';

const DataChecksPage = lazy(() => import('./DataChecksPage').then((m) => ({ default: m.DataChecksPage })));

/** The report of records that break the data checks (`GET /api/data-checks`), as a menu entry. */
export const dataChecks = { list: DataChecksPage, icon: RuleIcon, options: { label: 'app.intake.checks.menu' } };

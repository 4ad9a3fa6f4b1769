import ScheduleIcon from '@mui/icons-material/Schedule';
import { lazy } from 'react';

const JobRunList = lazy(() => import('./JobRunList').then((m) => ({ default: m.JobRunList })));

export const jobRuns = { list: JobRunList, icon: ScheduleIcon };

import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { TaskRecord } from '@ct/contracts';
import { lazy } from 'react';

const TaskList = lazy(() => import('./TaskList').then((m) => ({ default: m.TaskList })));
const TaskCreate = lazy(() => import('./TaskCreate').then((m) => ({ default: m.TaskCreate })));
const TaskEdit = lazy(() => import('./TaskEdit').then((m) => ({ default: m.TaskEdit })));

/** Caseworkers' tasks: written by hand or created from computed dates; done and snoozed here or on the dashboard. */
export const tasks = { list: TaskList, create: TaskCreate, edit: TaskEdit, icon: TaskAltIcon, recordRepresentation: (r: TaskRecord) => r.clientCode };

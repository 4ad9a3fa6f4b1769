import UploadFileIcon from '@mui/icons-material/UploadFile';
import { lazy } from 'react';

const ImportPage = lazy(() => import('./ImportPage'));

/** Spreadsheet import for admins and caseworkers: a menu entry and its page, not a CRUD resource. */
export const imports = { list: ImportPage, icon: UploadFileIcon };

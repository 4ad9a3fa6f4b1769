import { useEffect, useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { Button, useDataProvider, useLocale, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { ImportJobRecord } from '@ct/contracts';
import type { AppDataProvider } from '../dataProvider';
import { saveBlob } from './files';

/** Step 4: the import's progress, polled from the API, then its outcome and the report. */
export const ProgressStep = ({ initial, onAgain }: { initial: ImportJobRecord; onAgain: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const locale = useLocale() === 'ru' ? 'ru' : 'en';
  const [job, setJob] = useState(initial);
  useEffect(() => {
    if (job.status !== 'running') return undefined;
    const timer = setTimeout(() => {
      dataProvider.getImport(job.id).then(setJob, () => undefined);
    }, 500);
    return () => clearTimeout(timer);
  }, [job, dataProvider]);

  const report = async () => {
    try {
      const csv = await dataProvider.getImportReport(job.id, locale);
      saveBlob(new Blob([csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }), `import-report-${job.createdAt.slice(0, 10)}.csv`);
    } catch {
      notify('app.imports.errors.request', { type: 'error', messageArgs: { message: 'report' } });
    }
  };
  const percent = job.total > 0 ? Math.round((job.processed / job.total) * 100) : 100;
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      {job.status === 'running' && (
        <div>
          <Typography variant="body1">{translate('app.imports.progress.running', { processed: job.processed, total: job.total })}</Typography>
          <LinearProgress variant="determinate" value={percent} aria-label={translate('app.imports.steps.import')} />
        </div>
      )}
      {job.status === 'done' && job.summary && (
        <Alert severity="success" role="status">
          <div>{translate('app.imports.progress.done', { smart_count: job.summary.create })}</div>
          <div>{translate('app.imports.progress.done_detail', { cases: job.summary.cases, milestones: job.summary.milestones, skip: job.summary.skip })}</div>
        </Alert>
      )}
      {job.status === 'failed' && <Alert severity="error">{translate('app.imports.progress.failed', { message: job.failure?.message ?? '' })}</Alert>}
      {job.status !== 'running' && (
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
          <Button variant="outlined" label="app.imports.progress.report" onClick={() => void report()}>
            <DownloadIcon />
          </Button>
          {job.status === 'done' && <Button label="app.imports.progress.open_clients" onClick={() => redirect('list', 'clients')} />}
          <Button label="app.imports.progress.again" onClick={onAgain} />
        </Stack>
      )}
    </Stack>
  );
};

import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { type ChangeEvent, useCallback, useEffect, useState } from 'react';
import { Button, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AuditChainCheckpoint, AuditChainReport } from '@ct/contracts';
import type { AppDataProvider } from '../dataProvider';

const isCheckpoint = (value: unknown): value is AuditChainCheckpoint =>
  typeof value === 'object' && value !== null && ['seq', 'hash', 'createdAt', 'mac'].every((k) => typeof (value as Record<string, unknown>)[k] === 'string');

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** One report: intact, or the first broken link named by its number (and id), in the reader's language. */
const ReportView = ({ report, checked }: { report: AuditChainReport; checked: 'chain' | 'checkpoint' }) => {
  const translate = useTranslate();
  const problem = report.firstProblem;
  if (!problem) {
    return (
      <Alert severity="success" role="status">
        {translate('app.audit_chain.intact', { events: report.events, seq: report.head.seq })}
        {checked === 'checkpoint' && report.checkpoint && <> {translate('app.audit_chain.checkpoint_matches', { seq: report.checkpoint.seq })}</>}
        {report.legacyEvents > 0 && <> {translate('app.audit_chain.legacy', { count: report.legacyEvents })}</>}
      </Alert>
    );
  }
  const notAuthentic = problem.kind === 'checkpoint' && problem.seq === null;
  return (
    <Alert severity="error" role="alert">
      <strong>{translate('app.audit_chain.broken')}</strong>{' '}
      {notAuthentic ? translate('app.audit_chain.checkpoint_not_authentic') : translate(`app.audit_chain.problem.${problem.kind}`, { seq: problem.seq ?? '?', id: problem.eventId ?? '?' })}
      {problem.eventId && (
        <Box component="div" sx={{ fontFamily: 'monospace', fontSize: '0.8rem', mt: 0.5 }}>
          {translate('app.audit_chain.event_id', { id: problem.eventId })}
        </Box>
      )}
    </Alert>
  );
};

/** Admins: is the audit trail intact, where is it first broken, and signed checkpoints to keep elsewhere. */
const AuditChainPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [report, setReport] = useState<{ report: AuditChainReport; checked: 'chain' | 'checkpoint' } | null>(null);
  const [busy, setBusy] = useState(false);

  const check = useCallback(
    async (checkpoint?: AuditChainCheckpoint) => {
      setBusy(true);
      try {
        setReport({ report: await dataProvider.verifyAuditChain(checkpoint), checked: checkpoint ? 'checkpoint' : 'chain' });
      } catch (error) {
        notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      } finally {
        setBusy(false);
      }
    },
    [dataProvider, notify],
  );
  useEffect(() => {
    void check();
  }, [check]);

  const exportCheckpoint = async () => {
    try {
      const checkpoint = await dataProvider.exportAuditCheckpoint();
      download(`audit-checkpoint-${checkpoint.seq}.json`, `${JSON.stringify(checkpoint, null, 2)}\n`);
      notify('app.audit_chain.exported', { type: 'success', messageArgs: { seq: checkpoint.seq } });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  const checkFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      parsed = null;
    }
    if (!isCheckpoint(parsed)) {
      notify('app.audit_chain.bad_file', { type: 'error' });
      return;
    }
    await check(parsed);
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 900 }}>
      <Title title="app.audit_chain.title" />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            {translate('app.audit_chain.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('app.audit_chain.intro')}
          </Typography>
          {busy && <Typography aria-live="polite">{translate('app.audit_chain.checking')}</Typography>}
          {report && !busy && <ReportView report={report.report} checked={report.checked} />}
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            <Button label="app.audit_chain.check_again" onClick={() => void check()} disabled={busy} variant="outlined" />
            <Button label="app.audit_chain.export" onClick={() => void exportCheckpoint()} disabled={busy} variant="contained" />
            <Button label="app.audit_chain.check_file" component="label" disabled={busy} variant="outlined">
              <input hidden type="file" accept="application/json,.json" onChange={(e) => void checkFile(e)} data-testid="checkpoint-file" />
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};

export default AuditChainPage;

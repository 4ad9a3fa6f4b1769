import { useState } from 'react';
import { Alert, Chip, FormControlLabel, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import type { ImportDryRun, ImportRowResult } from '@ct/contracts';
import { problemText } from './problem-text';

const SHOWN = 300;
const COLORS = { create: 'success', skip: 'default', error: 'error' } as const;

const Creates = ({ row }: { row: ImportRowResult }) => {
  const translate = useTranslate();
  if (row.outcome !== 'create') return <>{translate('app.imports.check.none')}</>;
  const parts = [translate('app.imports.check.client')];
  if (row.creates.caseKind) parts.push(translate('app.imports.check.case', { kind: translate(`app.enums.case_kinds.${row.creates.caseKind}`) }));
  parts.push(...row.creates.milestones.map((m) => translate(`app.enums.milestone_types.${m}`)));
  return <>{parts.join(', ')}</>;
};

/** Step 3: what each row would create, every remark naming its column, and the button to import. */
export const DryRunStep = ({ result, onBack, onImport, starting }: { result: ImportDryRun; onBack: () => void; onImport: () => void; starting: boolean }) => {
  const translate = useTranslate();
  const [onlyProblems, setOnlyProblems] = useState(result.summary.error > 0);
  const { summary } = result;
  const rows = onlyProblems ? result.rows.filter((r) => r.problems.length > 0) : result.rows;
  const blocked = summary.error > 0 || result.ambiguousDateColumns.length > 0 || summary.create === 0;
  return (
    <Stack spacing={2}>
      <Alert severity={summary.error > 0 ? 'error' : summary.create > 0 ? 'success' : 'info'} role="status">
        <div>
          {summary.create > 0 || summary.error > 0
            ? `${translate('app.imports.check.summary_create', { smart_count: summary.create })} ${translate('app.imports.check.summary_cases', { cases: summary.cases, milestones: summary.milestones })}`
            : translate('app.imports.check.nothing_new')}
        </div>
        {summary.skip > 0 && <div>{translate('app.imports.check.summary_skip', { smart_count: summary.skip })}</div>}
        {summary.error > 0 && <div>{translate('app.imports.check.summary_error', { smart_count: summary.error })}</div>}
      </Alert>
      {result.ambiguousDateColumns.length > 0 && <Alert severity="warning">{translate('app.imports.check.ambiguous', { columns: result.ambiguousDateColumns.join(', ') })}</Alert>}
      {summary.error > 0 && <Alert severity="info">{translate('app.imports.check.fix_errors')}</Alert>}
      <FormControlLabel control={<Switch checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />} label={translate('app.imports.check.only_problems')} />
      <Table size="small" aria-label={translate('app.imports.steps.check')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.imports.check.row')}</TableCell>
            <TableCell>{translate('app.imports.check.outcome')}</TableCell>
            <TableCell>{translate('app.imports.check.creates')}</TableCell>
            <TableCell>{translate('app.imports.check.problems')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.slice(0, SHOWN).map((row) => (
            <TableRow key={row.row} data-row={row.row} data-outcome={row.outcome}>
              <TableCell>{row.row}</TableCell>
              <TableCell>
                <Chip size="small" color={COLORS[row.outcome]} label={translate(`app.imports.outcomes.${row.outcome}`)} />
              </TableCell>
              <TableCell>
                <Creates row={row} />
              </TableCell>
              <TableCell>
                {row.problems.map((p, i) => (
                  <Typography key={i} variant="body2" color={p.severity === 'error' ? 'error' : 'text.secondary'}>
                    {problemText(p, translate)}
                  </Typography>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > SHOWN && <Typography variant="body2">{translate('app.imports.check.more', { smart_count: rows.length - SHOWN })}</Typography>}
      <Stack direction="row" spacing={2}>
        <Button label="app.imports.check.back" onClick={onBack} />
        <Button variant="contained" label={translate('app.imports.check.start', { smart_count: summary.create })} disabled={blocked || starting} onClick={onImport} />
      </Stack>
    </Stack>
  );
};

import { Box, Card, CardContent, Chip, Divider, Stack, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Button, Link, useCreatePath, useTranslate } from 'react-admin';
import type { CaseRecord } from '@ct/contracts';
import { enumKey } from '../../../common/choices';
import { useRole } from '../../../common/useRole';
import { ComputedDates } from './ComputedDates';
import { AddMilestoneButton } from './MilestoneDialogs';
import { MilestoneTimeline } from './MilestoneTimeline';

/** Flags that can cost the claim or the permit are red; the rest ask for attention. */
const SERIOUS = new Set(['ONE_YEAR_DEADLINE_PASSED', 'I589_FILED_AFTER_DEADLINE', 'EAD_DECISION_OVERDUE', 'EAD_APPLIED_BEFORE_ELIGIBLE']);

const Flags = ({ flags }: { flags: string[] }) => {
  const translate = useTranslate();
  if (!flags.length) return null;
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mb: 2 }} role="list" aria-label={translate('resources.cases.fields.flags')}>
      {flags.map((flag) => (
        <Chip
          key={flag}
          role="listitem"
          icon={<WarningAmberIcon />}
          color={SERIOUS.has(flag) ? 'error' : 'warning'}
          label={translate(`app.flags.${flag}`, { _: flag })}
        />
      ))}
    </Stack>
  );
};

const Receipt = ({ label, value }: { label: string; value?: string | null }) => {
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(label)}: <Box component="span" sx={{ fontFamily: 'monospace' }}>{value}</Box>
    </Typography>
  );
};

/** One case: kind and status, alerts, the computed dates with their explanations, and the timeline. */
export const CaseCard = ({ kase }: { kase: CaseRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canWrite } = useRole();
  const kind = translate(enumKey('case_kinds', kase.kind));
  // Once a permit is in hand the clock no longer matters: no chip.
  const clock = !kase.clockStartedOn ? null : kase.flags.includes('CLOCK_STOPPED') ? 'stopped' : kase.clockRunning ? 'running' : null;
  return (
    <Card component="section" aria-label={translate('app.cases.title', { kind })} data-case-id={kase.id}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="h6" component="h2">
              {translate('app.cases.title', { kind })}
            </Typography>
            <Chip size="small" color="primary" variant="outlined" label={translate(enumKey('case_statuses', kase.status))} />
            {clock && (
              <Chip size="small" color={clock === 'running' ? 'success' : 'warning'} label={translate(`app.cases.clock_${clock}`)} />
            )}
          </Stack>
          {canWrite && (
            <Button component={Link} to={createPath({ resource: 'cases', id: kase.id, type: 'edit' })} label="app.cases.edit">
              <EditIcon />
            </Button>
          )}
        </Stack>
        <Stack direction="row" sx={{ columnGap: 3, flexWrap: 'wrap', mb: 1.5 }}>
          <Receipt label="resources.cases.fields.i589ReceiptNumber" value={kase.i589ReceiptNumber} />
          <Receipt label="resources.cases.fields.i765ReceiptNumber" value={kase.i765ReceiptNumber} />
        </Stack>
        <Flags flags={kase.flags} />
        <ComputedDates kase={kase} />
        <Divider sx={{ my: 2 }} />
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {translate('app.cases.timeline')}
          </Typography>
          {canWrite && <AddMilestoneButton caseId={kase.id} />}
        </Stack>
        <MilestoneTimeline caseId={kase.id} />
      </CardContent>
    </Card>
  );
};

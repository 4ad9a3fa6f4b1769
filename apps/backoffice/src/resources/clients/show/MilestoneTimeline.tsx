import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { findingText } from '../../../common/finding-text';
import { useGetManyReference, useLocaleState, useTranslate } from 'react-admin';
import type { MilestoneRecord } from '@ct/contracts';
import { enumKey } from '../../../common/choices';
import { daysBetween, formatDay, todayIso } from '../../../common/days';
import { DeleteIconButton } from '../../../common/DeleteIconButton';
import { useRole } from '../../../common/useRole';
import { CloseStopButton, EditMilestoneButton } from './MilestoneDialogs';
import { EmptyLine } from './Panel';

const DONE = new Set(['ASYLUM_GRANTED', 'EAD_APPROVED', 'EAD_CARD_RECEIVED']);
const BAD = new Set(['ASYLUM_DENIED', 'REFERRED_TO_COURT']);

function dotColor(m: MilestoneRecord): string {
  if (m.type === 'CLOCK_STOP') return 'warning.main';
  if (DONE.has(m.type)) return 'success.main';
  if (BAD.has(m.type)) return 'error.main';
  return 'primary.main';
}

/** "Clock stopped Apr 3, 2026 → Apr 20, 2026 (17 days)", or open: "→ not resumed yet (40 days so far)". */
const StopLine = ({ m, today }: { m: MilestoneRecord; today: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const from = formatDay(m.date, locale);
  if (m.endDate) {
    const days = translate('app.units.days', { smart_count: daysBetween(m.date, m.endDate) });
    return <>{translate('app.milestones.stop_period', { from, to: formatDay(m.endDate, locale), days })}</>;
  }
  const days = translate('app.units.days', { smart_count: Math.max(0, daysBetween(m.date, today)) });
  return <>{translate('app.milestones.stop_open', { from, days })}</>;
};

const TimelineItem = ({ m, last, today }: { m: MilestoneRecord; last: boolean; today: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canWrite } = useRole();
  const future = m.date > today;
  const isStop = m.type === 'CLOCK_STOP';
  const openStop = isStop && !m.endDate;
  const color = dotColor(m);
  return (
    <Box
      component="li"
      data-milestone-type={m.type}
      sx={{ display: 'grid', gridTemplateColumns: '20px 120px minmax(0, 1fr) auto', columnGap: 1.5, opacity: future ? 0.75 : 1 }}
    >
      <Box sx={{ position: 'relative', display: 'flex', justifyContent: 'center' }} aria-hidden>
        <Box sx={{ width: 12, height: 12, mt: '5px', borderRadius: '50%', border: 2, borderColor: color, bgcolor: future ? 'background.paper' : color, zIndex: 1 }} />
        {!last && <Box sx={{ position: 'absolute', top: 17, bottom: -4, width: 2, bgcolor: 'divider' }} />}
      </Box>
      <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap', pt: '2px' }}>
        {formatDay(m.date, locale)}
      </Typography>
      <Box sx={{ pb: 1.5, pt: '2px' }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2">{isStop ? <StopLine m={m} today={today} /> : translate(enumKey('milestone_types', m.type))}</Typography>
          {future && <Chip size="small" variant="outlined" label={translate('app.milestones.scheduled')} />}
          {openStop && <Chip size="small" color="warning" label={translate('app.milestones.open')} />}
          {openStop && canWrite && <CloseStopButton milestone={m} />}
        </Stack>
        {m.validUntil && (
          <Typography variant="body2" color="text.secondary" data-card-dates>
            {translate('app.milestones.card_valid', { from: m.validFrom ? formatDay(m.validFrom, locale) : '—', to: formatDay(m.validUntil, locale) })}
          </Typography>
        )}
        {m.note && (
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
            {m.note}
          </Typography>
        )}
        {(m.warnings ?? []).map((w) => (
          <Alert key={w.code + (w.otherType ?? '')} severity={w.severity === 'impossible' ? 'error' : 'warning'} sx={{ mt: 0.5, py: 0 }} data-warning={w.code}>
            <strong>{translate(w.severity === 'impossible' ? 'app.intake.milestone_impossible' : 'app.intake.milestone_warning')}:</strong> {findingText(w, translate, locale)}
          </Alert>
        ))}
      </Box>
      <Stack direction="row" sx={{ alignItems: 'flex-start' }}>
        {canWrite && <EditMilestoneButton milestone={m} />}
        {canWrite && <DeleteIconButton resource="milestones" record={m} />}
      </Stack>
    </Box>
  );
};

/** The case's milestones in date order; clock stops drawn as periods, scheduled events marked. */
export const MilestoneTimeline = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const { data, isPending } = useGetManyReference<MilestoneRecord>('milestones', {
    target: 'caseId',
    id: caseId,
    sort: { field: 'date', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  });
  if (isPending) return null;
  if (!data?.length) return <EmptyLine message="app.cases.no_milestones" />;
  const today = todayIso();
  return (
    <Box component="ol" aria-label={translate('app.cases.timeline')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {data.map((m, index) => (
        <TimelineItem key={m.id} m={m} last={index === data.length - 1} today={today} />
      ))}
    </Box>
  );
};

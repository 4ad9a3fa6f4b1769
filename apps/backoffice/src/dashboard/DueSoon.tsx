import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { DueItem } from '@ct/contracts';
import { SUPPORT_NEED_CATEGORIES, URGENCIES } from '@ct/contracts';
import { enumKey } from '../common/choices';
import { explain } from '../explanations/explain';
import { formatDay } from '../common/days';
import type { AppDataProvider } from '../dataProvider';

type Kind = DueItem['kind'];

/** Legal deadlines first, as the API orders them: a missed one-year deadline can cost the whole claim. */
const KINDS: readonly Kind[] = ['ONE_YEAR_DEADLINE', 'APPOINTMENT', 'EAD_DECISION_OVERDUE', 'EAD_MAY_FILE', 'URGENT_NEED'];

/** The API's stage of a deadline or appointment, as a chip colour (contrast-checked theme colours). */
const STAGE_COLOR: Record<NonNullable<DueItem['stage']>, ChipColor> = { overdue: 'error', critical: 'error', soon: 'warning', upcoming: 'info' };

type ChipColor = 'error' | 'warning' | 'info' | 'default';

/** "in 12 days" / "missed 3 days ago", "40 days overdue", "eligible for 9 days", "open 30 days". */
function daysLabel(item: DueItem, translate: (key: string, options?: object) => string): { text: string; color: ChipColor } {
  const days = item.days;
  switch (item.kind) {
    case 'ONE_YEAR_DEADLINE':
    case 'APPOINTMENT':
      if (days > 0) return { text: translate('app.dashboard.days.due_in', { smart_count: days }), color: item.stage ? STAGE_COLOR[item.stage] : days <= 7 ? 'error' : 'warning' };
      if (days === 0) return { text: translate('app.dashboard.days.due_today'), color: 'error' };
      return { text: translate('app.dashboard.days.missed', { smart_count: -days }), color: 'error' };
    case 'EAD_DECISION_OVERDUE':
      return { text: translate('app.dashboard.days.overdue', { smart_count: Math.max(0, -days) }), color: 'error' };
    case 'EAD_MAY_FILE':
      return { text: translate('app.dashboard.days.eligible_since', { smart_count: Math.max(0, -days) }), color: 'info' };
    case 'URGENT_NEED':
      return { text: translate('app.dashboard.days.open_for', { smart_count: Math.max(0, -days) }), color: 'warning' };
  }
}

/** The API describes an urgent need as "category (urgency)": shown in the UI language when it parses. */
function needLabel(detail: string | null, translate: (key: string) => string): string | null {
  const match = detail ? /^(\w+) \((\w+)\)$/.exec(detail) : null;
  if (!match || !(SUPPORT_NEED_CATEGORIES as readonly string[]).includes(match[1]) || !(URGENCIES as readonly string[]).includes(match[2])) {
    return detail;
  }
  return `${translate(enumKey('need_categories', match[1]))} · ${translate(enumKey('urgencies', match[2]))}`;
}

const DueRow = ({ item }: { item: DueItem }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { text, color } = daysLabel(item, translate);
  // Explanations are rebuilt in the UI language from their code and params (English text as the fallback).
  const detail =
    item.kind === 'URGENT_NEED'
      ? needLabel(item.detail, translate)
      : item.kind === 'APPOINTMENT'
        ? translate(enumKey('milestone_types', item.milestoneType ?? ''), { _: item.milestoneType ?? '' })
        : item.explanation
          ? explain(item.explanation, translate, locale)
          : item.detail;
  return (
    <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Link to={createPath({ resource: 'clients', id: item.clientId, type: 'show' })} sx={{ fontWeight: 600 }}>
          {item.clientName}
        </Link>
        {detail && (
          <Typography variant="body2" color="text.secondary">
            {detail}
          </Typography>
        )}
      </Box>
      <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {formatDay(item.date, locale)}
      </Typography>
      <Chip size="small" color={color} label={text} sx={{ minWidth: 130 }} />
    </Box>
  );
};

const DueGroup = ({ kind, items }: { kind: Kind; items: DueItem[] }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" component="section" aria-label={translate(`app.dashboard.groups.${kind}.title`)} data-kind={kind}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="h6" component="h2">
            {translate(`app.dashboard.groups.${kind}.title`)}
          </Typography>
          <Chip size="small" label={items.length} />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(`app.dashboard.groups.${kind}.hint`)}
        </Typography>
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {items.map((item) => (
            <DueRow key={`${item.kind}-${item.caseId ?? item.needId}-${item.date}`} item={item} />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};

/** What is due in the caller's caseload, grouped by kind; each row leads to the client's page. */
const DueSoon = ({ hideWhenNoClients = false }: { hideWhenNoClients?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data, isPending, error } = useQuery({ queryKey: ['dashboard', 'caseload'], queryFn: () => dataProvider.getCaseload() });
  if (isPending) return null;
  if (error || !data) return <Alert severity="error">{translate('app.dashboard.load_error')}</Alert>;
  if (hideWhenNoClients && data.clients === 0) return null;
  const groups = KINDS.map((kind) => ({ kind, items: data.items.filter((item) => item.kind === kind) })).filter((g) => g.items.length > 0);
  return (
    <Stack spacing={2} component="section" aria-label={translate('app.dashboard.due_title')}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {translate('app.dashboard.due_title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.dashboard.caseload', { smart_count: data.clients })} · {translate('app.dashboard.as_of', { date: formatDay(data.asOf, locale) })}
        </Typography>
      </Stack>
      {groups.length === 0 && <Alert severity="success">{translate('app.dashboard.nothing_due')}</Alert>}
      {/* Two balanced columns on wide screens: a long group does not leave a hole beside it. */}
      <Box sx={{ columnCount: { xs: 1, lg: 2 }, columnGap: 2, '& > *': { breakInside: 'avoid', mb: 2 } }}>
        {groups.map((group) => (
          <DueGroup key={group.kind} kind={group.kind} items={group.items} />
        ))}
      </Box>
    </Stack>
  );
};

export default DueSoon;

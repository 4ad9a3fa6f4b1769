import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  IconButton,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Link, Title, useCreatePath, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { CalendarEvent, CalendarEventKind } from '@ct/contracts';
import { formatDay, todayIso } from '../common/days';
import type { AppDataProvider } from '../dataProvider';
import { addDays, addMonths, firstOfMonth, monthWeeks } from './calendar-grid';

type ChipColor = 'error' | 'warning' | 'info' | 'success' | 'default';
const COLORS: Record<CalendarEventKind, ChipColor> = {
  ONE_YEAR_DEADLINE: 'error',
  PERMIT_EXPIRES: 'error',
  ANNUAL_FEE_DUE: 'error',
  EAD_DECISION_DUE: 'warning',
  RENEWAL_WINDOW_OPENS: 'warning',
  EAD_MAY_FILE: 'success',
  BIOMETRICS: 'info',
  INTERVIEW: 'info',
  MASTER_HEARING: 'info',
  MERITS_HEARING: 'info',
  TASK: 'default',
};

const useEvents = (from: string, to: string) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({ queryKey: ['calendar', from, to], queryFn: () => dataProvider.getCalendarEvents(from, to) });
};

const EventChip = ({ event, dense = false }: { event: CalendarEvent; dense?: boolean }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const label = event.kind === 'TASK' && event.taskKind ? translate(`app.tasks.kinds.${event.taskKind}`) : translate(`app.calendar.kinds.${event.kind}`);
  return (
    <Chip
      size="small"
      color={COLORS[event.kind]}
      variant={event.kind === 'TASK' ? 'outlined' : 'filled'}
      component={Link}
      to={createPath({ resource: 'clients', id: event.clientId, type: 'show' })}
      clickable
      data-kind={event.kind}
      label={`${event.clientCode} · ${label}`}
      title={`${event.clientCode} · ${label}`}
      sx={{ maxWidth: '100%', ...(dense ? { height: 20, fontSize: '0.7rem' } : {}) }}
    />
  );
};

const Agenda = ({ today }: { today: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useEvents(today, addDays(today, 60));
  if (isPending) return null;
  if (error || !data) return <Alert severity="error">{translate('app.calendar.load_error')}</Alert>;
  const days = [...new Set(data.map((e) => e.date))];
  return (
    <Stack spacing={1} component="section" aria-label={translate('app.calendar.agenda')}>
      <Typography variant="body2" color="text.secondary">
        {translate('app.calendar.agenda_hint')}
      </Typography>
      {days.length === 0 && <Alert severity="success">{translate('app.calendar.nothing')}</Alert>}
      {days.map((day) => (
        <Box key={day} data-day={day} sx={{ display: 'flex', gap: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
          <Typography sx={{ width: 180, flexShrink: 0, fontWeight: day === today ? 700 : 500 }}>{formatDay(day, locale, 'long')}</Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {data
              .filter((e) => e.date === day)
              .map((e) => (
                <EventChip key={e.id} event={e} />
              ))}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
};

const Month = ({ today }: { today: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [month, setMonth] = useState(firstOfMonth(today));
  const weeks = monthWeeks(month);
  const { data, isPending, error } = useEvents(weeks[0][0], weeks.at(-1)?.[6] ?? month);
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}T00:00:00Z`));
  const weekdays = weeks[0].map((d) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)));
  return (
    <Stack spacing={1} component="section" aria-label={translate('app.calendar.month')}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <IconButton aria-label={translate('app.calendar.previous')} onClick={() => setMonth(addMonths(month, -1))}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography variant="h6" component="h2" sx={{ minWidth: 200, textAlign: 'center', textTransform: 'capitalize' }}>
          {title}
        </Typography>
        <IconButton aria-label={translate('app.calendar.next')} onClick={() => setMonth(addMonths(month, 1))}>
          <ChevronRightIcon />
        </IconButton>
        <Button size="small" onClick={() => setMonth(firstOfMonth(today))}>
          {translate('app.calendar.today')}
        </Button>
      </Stack>
      {error && <Alert severity="error">{translate('app.calendar.load_error')}</Alert>}
      <Box role="grid" sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', border: 1, borderColor: 'divider', opacity: isPending ? 0.5 : 1 }}>
        {weekdays.map((w) => (
          <Box key={w} role="columnheader" sx={{ p: 0.5, fontWeight: 600, textAlign: 'center', bgcolor: 'action.hover', textTransform: 'capitalize' }}>
            {w}
          </Box>
        ))}
        {weeks.flat().map((day) => (
          <Box
            key={day}
            role="gridcell"
            data-day={day}
            sx={{ minHeight: 96, p: 0.5, borderTop: 1, borderLeft: 1, borderColor: 'divider', bgcolor: day.slice(0, 7) === month.slice(0, 7) ? undefined : 'action.hover' }}
          >
            <Typography variant="caption" sx={{ fontWeight: day === today ? 800 : 400, color: day === today ? 'primary.main' : 'text.secondary' }}>
              {Number(day.slice(8))}
            </Typography>
            <Stack spacing={0.25}>
              {(data ?? [])
                .filter((e) => e.date === day)
                .map((e) => (
                  <EventChip key={e.id} event={e} dense />
                ))}
            </Stack>
          </Box>
        ))}
      </Box>
    </Stack>
  );
};

/** The secret subscription address: created on request, replaced on request. */
const Subscribe = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [url, setUrl] = useState<string | null>(null);
  const mutation = useMutation({ mutationFn: () => dataProvider.newCalendarFeed(), onSuccess: (feed) => setUrl(feed.url) });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate('app.calendar.subscribe')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.calendar.subscribe_hint')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button variant="outlined" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
            {translate('app.calendar.new_feed')}
          </Button>
          {url && (
            <>
              <TextField size="small" label={translate('app.calendar.feed_url')} value={url} slotProps={{ input: { readOnly: true } }} sx={{ flex: 1 }} />
              <Button
                onClick={() => {
                  void navigator.clipboard?.writeText(url).then(() => notify('app.calendar.copied'));
                }}
              >
                {translate('app.calendar.copy')}
              </Button>
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** The caseload's dates as an agenda or a month, by client code; and the calendar subscription. */
export const CalendarPage = () => {
  const translate = useTranslate();
  const [view, setView] = useState<'agenda' | 'month'>('agenda');
  const today = todayIso();
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title="app.calendar.title" />
      <ToggleButtonGroup exclusive size="small" value={view} onChange={(_e, v: 'agenda' | 'month' | null) => v && setView(v)} aria-label={translate('app.calendar.title')}>
        <ToggleButton value="agenda">{translate('app.calendar.agenda')}</ToggleButton>
        <ToggleButton value="month">{translate('app.calendar.month')}</ToggleButton>
      </ToggleButtonGroup>
      <Card>
        <CardContent>{view === 'agenda' ? <Agenda today={today} /> : <Month today={today} />}</CardContent>
      </Card>
      <Subscribe />
    </Stack>
  );
};

export default CalendarPage;

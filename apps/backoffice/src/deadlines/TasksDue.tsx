import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useGetList, useLocaleState, useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import type { TaskRecord } from '@ct/contracts';
import { formatDay, todayIso } from '../common/days';

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const TaskRow = ({ task, today }: { task: TaskRecord; today: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate<TaskRecord>();
  const change = (data: Partial<TaskRecord>, message: string, options?: object) =>
    update(
      'tasks',
      { id: task.id, data: { ...task, ...data }, previousData: task },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify(message, { messageArgs: options });
          refresh();
        },
      },
    );
  const snoozeTo = addDays(today, 7);
  return (
    <Box component="li" data-task={task.kind} sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 1, borderBottom: 1, borderColor: 'divider', flexWrap: 'wrap' }}>
      <Box sx={{ flex: 1, minWidth: 220 }}>
        <Link to={createPath({ resource: 'clients', id: task.clientId, type: 'show' })} sx={{ fontWeight: 600, fontFamily: 'monospace' }}>
          {task.clientCode}
        </Link>{' '}
        <Typography component="span">{translate(`app.tasks.kinds.${task.kind}`)}</Typography>
        {task.note && (
          <Typography variant="body2" color="text.secondary">
            {task.note}
          </Typography>
        )}
      </Box>
      <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {formatDay(task.dueOn, locale)}
      </Typography>
      {task.dueOn < today && <Chip size="small" color="error" label={translate('app.tasks.overdue')} />}
      <Button size="small" variant="outlined" disabled={isPending} onClick={() => change({ status: 'done' }, 'app.tasks.marked_done')}>
        {translate('app.tasks.done')}
      </Button>
      <Button size="small" disabled={isPending} onClick={() => change({ snoozedUntil: snoozeTo }, 'app.tasks.snoozed', { date: formatDay(snoozeTo, locale) })}>
        {translate('app.tasks.snooze')}
      </Button>
    </Box>
  );
};

/** The dashboard's task list: open, not snoozed, due within a week; done and snooze in place. */
const TasksDue = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const today = todayIso();
  const { data, isPending, error } = useGetList<TaskRecord>('tasks', {
    filter: { active: true, dueBefore: addDays(today, 7) },
    sort: { field: 'dueOn', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  if (isPending) return null;
  if (error || !data) return <Alert severity="error">{translate('app.tasks.load_error')}</Alert>;
  // The cache keeps an updated record in the list until it refetches: hide what is done or snoozed at once.
  const shown = data.filter((t) => t.status === 'open' && (!t.snoozedUntil || t.snoozedUntil <= today));
  return (
    <Card variant="outlined" component="section" aria-label={translate('app.tasks.due_title')}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="h6" component="h2">
            {translate('app.tasks.due_title')}
          </Typography>
          <Chip size="small" label={shown.length} />
          <Box sx={{ flex: 1 }} />
          <Button size="small" component={Link} to={createPath({ resource: 'tasks', type: 'create' })}>
            {translate('app.tasks.new_task')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.tasks.due_hint')}
        </Typography>
        {shown.length === 0 ? (
          <Alert severity="success">{translate('app.tasks.none')}</Alert>
        ) : (
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {shown.map((task) => (
              <TaskRow key={task.id} task={task} today={today} />
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

export default TasksDue;

import { Box, Button, Chip, Typography } from '@mui/material';
import { Link, useCreatePath, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ClientRecord, TaskRecord } from '@ct/contracts';
import { formatDay, todayIso } from '../common/days';
import { useRole } from '../common/useRole';
import { EmptyLine, Panel } from '../resources/clients/show/Panel';

/** The client's open tasks, soonest first, with a link to add one for this client. */
export const ClientTasksPanel = () => {
  const client = useRecordContext<ClientRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { canWrite } = useRole();
  const today = todayIso();
  const { data } = useGetList<TaskRecord>(
    'tasks',
    { filter: { clientId: client?.id, status: 'open' }, sort: { field: 'dueOn', order: 'ASC' }, pagination: { page: 1, perPage: 20 } },
    { enabled: !!client },
  );
  if (!client) return null;
  const add = `${createPath({ resource: 'tasks', type: 'create' })}?source=${encodeURIComponent(JSON.stringify({ clientId: client.id }))}`;
  return (
    <Panel
      title="app.tasks.panel_title"
      action={
        canWrite && (
          <Button size="small" component={Link} to={add}>
            {translate('app.tasks.new_task')}
          </Button>
        )
      }
    >
      {!data || data.length === 0 ? (
        <EmptyLine message="app.tasks.none_open" />
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {data.map((task) => (
            <Box component="li" key={task.id} sx={{ display: 'flex', gap: 1, py: 0.5, alignItems: 'baseline', flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {formatDay(task.dueOn, locale)}
              </Typography>
              <Link to={createPath({ resource: 'tasks', id: task.id, type: 'edit' })}>{translate(`app.tasks.kinds.${task.kind}`)}</Link>
              {task.dueOn < today && <Chip size="small" color="error" label={translate('app.tasks.overdue')} />}
              {task.note && (
                <Typography variant="body2" color="text.secondary" sx={{ width: '100%' }}>
                  {task.note}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      )}
    </Panel>
  );
};

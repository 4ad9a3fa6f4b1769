import { DataTable, List } from 'react-admin';
import { LocalizedDateField } from '../../common/LocalizedDateField';

interface JobRun {
  id: string;
  job: string;
  runKey: string;
  status: string;
  attempts: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  result: Record<string, number> | null;
}

const Col = DataTable.Col<JobRun>;
const counts = (r: JobRun) => Object.entries(r.result ?? {}).map(([k, v]) => `${k} ${v}`).join(', ');

/** The record of scheduled jobs (reminders, tasks from dates, housekeeping): what ran, how often tried, how it ended. */
export const JobRunList = () => (
  <List<JobRun> sort={{ field: 'startedAt', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <Col source="startedAt" field={LocalizedDateField} />
      <Col source="job" disableSort />
      <Col source="runKey" disableSort />
      <Col source="status" disableSort />
      <Col source="attempts" disableSort />
      <Col source="error" disableSort />
      <Col source="result" disableSort render={counts} />
    </DataTable>
  </List>
);

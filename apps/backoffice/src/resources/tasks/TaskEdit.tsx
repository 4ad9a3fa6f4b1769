import { Edit, SimpleForm } from 'react-admin';
import type { TaskRecord } from '@ct/contracts';
import { TaskEditInputs, taskWithNulls } from './TaskInputs';

export const TaskEdit = () => (
  <Edit<TaskRecord> redirect="list" mutationMode="pessimistic" transform={taskWithNulls}>
    <SimpleForm>
      <TaskEditInputs />
    </SimpleForm>
  </Edit>
);

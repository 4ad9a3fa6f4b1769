import { AutocompleteInput, Create, DateInput, ReferenceInput, SimpleForm, required, usePermissions } from 'react-admin';
import type { TaskRecord } from '@ct/contracts';
import { todayIso } from '../../common/days';
import { asRole } from '../../roles';
import { NoteInput, taskWithNulls } from './TaskInputs';

const clientSearch = (text: string) => (text.trim().length >= 3 ? { q: text.trim() } : {});

/** A task about a client of the caseload; caseworkers' tasks are theirs, admins may assign any caseworker. */
export const TaskCreate = () => {
  const { permissions } = usePermissions();
  return (
    <Create<TaskRecord> redirect="list" transform={taskWithNulls}>
      <SimpleForm defaultValues={{ dueOn: todayIso() }}>
        <ReferenceInput source="clientId" reference="clients" sort={{ field: 'lastArrivalOn', order: 'DESC' }}>
          <AutocompleteInput filterToQuery={clientSearch} validate={required()} sx={{ minWidth: 320 }} />
        </ReferenceInput>
        <DateInput source="dueOn" validate={required()} />
        {asRole(permissions) === 'admin' && (
          <ReferenceInput source="assigneeId" reference="caseworkers">
            <AutocompleteInput sx={{ minWidth: 320 }} />
          </ReferenceInput>
        )}
        <NoteInput />
      </SimpleForm>
    </Create>
  );
};

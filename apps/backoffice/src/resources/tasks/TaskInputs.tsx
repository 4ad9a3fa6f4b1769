import { DateInput, SelectInput, TextInput, maxLength } from 'react-admin';
import { TASK_STATUSES } from '@ct/contracts';

export const statusChoices = TASK_STATUSES.map((id) => ({ id, name: `app.tasks.statuses.${id}` }));

/** Blank notes are no notes; a cleared snooze is null. */
export const taskWithNulls = <T extends { note?: string | null; snoozedUntil?: string | null }>(data: T): T => ({
  ...data,
  note: data.note || null,
  ...('snoozedUntil' in data ? { snoozedUntil: data.snoozedUntil || null } : {}),
});

export const NoteInput = () => <TextInput source="note" multiline minRows={2} validate={maxLength(2000)} helperText="app.tasks.note_help" fullWidth />;

export const TaskEditInputs = () => (
  <>
    <DateInput source="dueOn" />
    <SelectInput source="status" choices={statusChoices} />
    <DateInput source="snoozedUntil" />
    <NoteInput />
  </>
);

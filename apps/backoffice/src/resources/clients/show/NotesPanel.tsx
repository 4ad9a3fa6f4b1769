import { useState } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  Form,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useCreate,
  useGetIdentity,
  useGetManyReference,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ClientRecord, NoteRecord } from '@ct/contracts';
import { DeleteIconButton } from '../../../common/DeleteIconButton';
import { useRole } from '../../../common/useRole';
import { EmptyLine, Panel } from './Panel';

/** A note form that empties itself once the note is saved. */
const AddNoteForm = ({ clientId }: { clientId: string }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [create] = useCreate<NoteRecord>();
  const [formKey, setFormKey] = useState(0);
  const submit = async (values: Record<string, unknown>) => {
    try {
      await create('notes', { data: { clientId, body: String(values['body'] ?? '') } }, { returnPromise: true });
      setFormKey((key) => key + 1);
      notify('app.common.added', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Form key={formKey} onSubmit={submit} resource="notes" record={{}}>
      <TextInput source="body" multiline minRows={2} validate={[required(), maxLength(10000)]} helperText={false} />
      <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 1 }}>
        <SaveButton label="app.notes.add" icon={<AddIcon />} variant="outlined" />
      </Stack>
    </Form>
  );
};

const NoteItem = ({ note, mine }: { note: NoteRecord; mine: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canWrite } = useRole();
  const written = new Date(note.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Box component="li" sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="caption" color="text.secondary">
          {written} · {translate(mine ? 'app.notes.by_you' : 'app.notes.by_colleague')}
        </Typography>
        {canWrite && <DeleteIconButton resource="notes" record={note} />}
      </Stack>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {note.body}
      </Typography>
    </Box>
  );
};

/** Dated case notes, newest first. Directors never receive note text, so they see only a count. */
export const NotesPanel = () => {
  const client = useRecordContext<ClientRecord>();
  const translate = useTranslate();
  const { canWrite, seesIdentity } = useRole();
  const { identity } = useGetIdentity();
  const { data, total, isPending } = useGetManyReference<NoteRecord>(
    'notes',
    { target: 'clientId', id: client?.id, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!client },
  );
  if (!client) return null;
  if (!seesIdentity) {
    return (
      <Panel title="app.notes.title">
        <Typography variant="body2">{translate('app.notes.count', { smart_count: total ?? 0 })}</Typography>
        <EmptyLine message="app.notes.hidden" />
      </Panel>
    );
  }
  return (
    <Panel title="app.notes.title">
      {canWrite && <AddNoteForm clientId={client.id} />}
      {!isPending && !data?.length && <EmptyLine message="app.notes.empty" />}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {data?.map((note) => <NoteItem key={note.id} note={note} mine={identity?.id === note.authorId} />)}
      </Box>
    </Panel>
  );
};

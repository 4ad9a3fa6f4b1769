import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, LinkBase, useDelete, useNotify, useRecordContext, useRedirect } from 'react-admin';
import type { ClientRecord } from '@ct/contracts';
import { useRole } from '../../../common/useRole';

/** Erasure at the person's request: admins only, after a confirmation that says what it means. */
const EraseButton = ({ client }: { client: ClientRecord }) => {
  const [open, setOpen] = useState(false);
  const [remove, { isPending }] = useDelete<ClientRecord>();
  const notify = useNotify();
  const redirect = useRedirect();
  const confirm = () =>
    remove(
      'clients',
      { id: client.id, previousData: client },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('app.erase.done', { type: 'success' });
          redirect('list', 'clients');
        },
        onError: (error) => notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return (
    <>
      <Button label="app.erase.button" color="error" onClick={() => setOpen(true)} size="small">
        <DeleteForeverIcon />
      </Button>
      <Confirm isOpen={open} loading={isPending} title="app.erase.title" content="app.erase.content" onConfirm={confirm} onClose={() => setOpen(false)} />
    </>
  );
};

/** The client's file (for the client or their attorney) and, for admins, erasure. */
export const LifecycleActions = () => {
  const client = useRecordContext<ClientRecord>();
  const { role, seesIdentity } = useRole();
  if (!client || !seesIdentity) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
      <Button component={LinkBase} to={`/client-files/${client.id}/show`} label="app.client_file.open" size="small" variant="outlined">
        <FolderOpenIcon />
      </Button>
      {role === 'admin' && <EraseButton client={client} />}
    </Stack>
  );
};

import { useState } from 'react';
import { IconButton, Tooltip } from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Confirm, useDelete, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';

/** A small bin icon that asks before deleting one record, then refreshes the page's data. */
export const DeleteIconButton = ({ resource, record, content }: { resource: string; record: RaRecord; content?: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [remove, { isPending }] = useDelete();
  const confirm = () =>
    remove(
      resource,
      { id: record.id, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('app.common.removed', { type: 'info' });
          refresh();
        },
        onError: (error: unknown) => {
          setOpen(false);
          notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
        },
      },
    );
  return (
    <>
      <Tooltip title={translate('app.common.remove')}>
        <IconButton size="small" aria-label={translate('app.common.remove')} onClick={() => setOpen(true)}>
          <DeleteOutlineIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="app.common.remove_title"
        content={content ?? 'app.common.remove_content'}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

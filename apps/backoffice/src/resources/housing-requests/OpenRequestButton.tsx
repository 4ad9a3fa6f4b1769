import { useState } from 'react';
import { Dialog, DialogTitle } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Button, CreateBase, SaveButton, SimpleForm, Toolbar, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { HousingRequestRecord } from '@ct/contracts';
import { RequestInputs, requestWithNulls } from './RequestInputs';

const DialogToolbar = ({ onCancel }: { onCancel: () => void }) => (
  <Toolbar sx={{ gap: 1, justifyContent: 'flex-end' }}>
    <Button label="app.common.cancel" onClick={onCancel} />
    {/* Prefilled from the client's profile: saving without a change is a real request. */}
    <SaveButton alwaysEnable />
  </Toolbar>
);

/** Opens a housing request for the client in a dialog, prefilled from their profile. */
export const OpenRequestButton = ({ defaults }: { defaults: Partial<HousingRequestRecord> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const onSuccess = () => {
    close();
    notify('app.common.added', { type: 'success', messageArgs: { smart_count: 1 } });
    refresh();
  };
  return (
    <>
      <Button label="app.requests.open" onClick={() => setOpen(true)} variant="outlined" size="small">
        <AddIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-label={translate('app.requests.open')}>
        <DialogTitle>{translate('app.requests.open')}</DialogTitle>
        {open && (
          <CreateBase resource="housing-requests" record={defaults} redirect={false} transform={requestWithNulls} mutationOptions={{ onSuccess }}>
            <SimpleForm toolbar={<DialogToolbar onCancel={close} />}>
              <RequestInputs />
            </SimpleForm>
          </CreateBase>
        )}
      </Dialog>
    </>
  );
};

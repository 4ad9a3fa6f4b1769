import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Button, Form, ReferenceInput, SaveButton, SelectInput, required, useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import type { ClientRecord } from '@ct/contracts';

/** The API's refusal as a notification: a known field error by its key, else the API's message. */
function errorMessage(error: unknown): string {
  const body = typeof error === 'object' && error !== null && 'body' in error ? (error as { body?: { field?: unknown; code?: unknown } }).body : undefined;
  if (body?.field === 'caseworkerId' && body.code === 'VALIDATION_FAILED') return 'app.api_errors.VALIDATION_FAILED.caseworkerId';
  return error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
}

/**
 * Directors reassign a client to another active caseworker: a dialog choosing from `caseworkers`
 * (names only), then a PUT of the record as read with the new caseworkerId (the API changes nothing else
 * for a director and checks the version).
 */
export const ReassignButton = ({ record }: { record: ClientRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate<ClientRecord>();
  const close = () => setOpen(false);
  const title = translate('app.clients.reassign_title', { code: record.code });

  const submit = (values: { caseworkerId?: string | null }) =>
    update(
      'clients',
      { id: record.id, data: { ...record, caseworkerId: values.caseworkerId ?? null }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          close();
          notify('app.clients.reassigned', { type: 'success' });
          refresh();
        },
        onError: (error) => {
          const message = errorMessage(error);
          notify(message, { type: 'error', messageArgs: { _: message } });
        },
      },
    );

  return (
    <>
      <Button label="app.clients.reassign" onClick={() => setOpen(true)} variant="outlined" size="small">
        <SwapHorizIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs" aria-label={title}>
        <DialogTitle>{title}</DialogTitle>
        {open && (
          <Form record={{ caseworkerId: record.caseworkerId }} onSubmit={submit}>
            <DialogContent>
              <DialogContentText sx={{ mb: 2 }}>{translate('app.clients.reassign_help')}</DialogContentText>
              <ReferenceInput source="caseworkerId" reference="caseworkers" sort={{ field: 'displayName', order: 'ASC' }} perPage={200}>
                <SelectInput optionText="displayName" label="resources.clients.fields.caseworkerId" validate={required()} fullWidth />
              </ReferenceInput>
            </DialogContent>
            <DialogActions>
              <Button label="app.common.cancel" onClick={close} />
              <SaveButton label="app.clients.reassign_save" icon={<SwapHorizIcon />} disabled={isPending} />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </>
  );
};

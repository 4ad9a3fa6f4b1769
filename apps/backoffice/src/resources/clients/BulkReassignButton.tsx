import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Button, Form, ReferenceInput, SaveButton, SelectInput, required, useDataProvider, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';

/**
 * Admins and directors move the selected clients to another caseworker in one request
 * (`POST /api/clients/reassign`, by ids only: a director never needs more than id, code and caseworker).
 */
export const BulkReassignButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { selectedIds, onUnselectItems } = useListContext();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const close = () => setOpen(false);
  const title = translate('app.intake.bulk_reassign_title', { smart_count: selectedIds.length });

  const submit = async (values: { caseworkerId?: string }) => {
    if (!values.caseworkerId) return;
    setPending(true);
    try {
      const { moved } = await dataProvider.reassignClients(selectedIds.map(String), values.caseworkerId);
      close();
      notify('app.intake.bulk_reassigned', { type: 'success', messageArgs: { smart_count: moved } });
      onUnselectItems();
      refresh();
    } catch (error) {
      const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button label="app.intake.bulk_reassign" onClick={() => setOpen(true)}>
        <SwapHorizIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs" aria-labelledby="bulk-reassign-title">
        <DialogTitle id="bulk-reassign-title">{title}</DialogTitle>
        {open && (
          <Form onSubmit={submit}>
            <DialogContent>
              <DialogContentText sx={{ mb: 2 }}>{translate('app.intake.bulk_reassign_help')}</DialogContentText>
              <ReferenceInput source="caseworkerId" reference="caseworkers" sort={{ field: 'displayName', order: 'ASC' }} perPage={200}>
                <SelectInput optionText="displayName" label="resources.clients.fields.caseworkerId" validate={required()} fullWidth />
              </ReferenceInput>
            </DialogContent>
            <DialogActions>
              <Button label="app.intake.cancel" onClick={close} />
              <SaveButton label="app.intake.bulk_reassign" icon={<SwapHorizIcon />} disabled={pending} />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </>
  );
};

import { useState, type ReactElement, type ReactNode } from 'react';
import { Dialog, DialogTitle, IconButton, Tooltip } from '@mui/material';
import {
  Button,
  CreateBase,
  EditBase,
  SaveButton,
  SimpleForm,
  Toolbar,
  useNotify,
  useRefresh,
  useTranslate,
  type RaRecord,
  type TransformData,
} from 'react-admin';

const DialogToolbar = ({ onCancel }: { onCancel: () => void }) => (
  <Toolbar sx={{ gap: 1, justifyContent: 'flex-end' }}>
    <Button label="app.common.cancel" onClick={onCancel} />
    <SaveButton />
  </Toolbar>
);

interface DialogFormProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

const FormDialogFrame = ({ open, title, onClose, children }: DialogFormProps) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-label={translate(title)}>
      <DialogTitle>{translate(title)}</DialogTitle>
      {open && children}
    </Dialog>
  );
};

/** Refreshes every query once a dialog saved: computed dates, lists and counts on the page follow. */
function useSaved(close: () => void, message: string) {
  const notify = useNotify();
  const refresh = useRefresh();
  return () => {
    close();
    notify(message, { type: 'success', messageArgs: { smart_count: 1 } });
    refresh();
  };
}

interface CreateDialogButtonProps {
  resource: string;
  /** Initial values, e.g. the owning client or case. */
  record: Partial<RaRecord>;
  label: string;
  title?: string;
  icon?: ReactElement;
  transform?: TransformData;
  children: ReactNode;
}

/** A button opening a dialog with a create form; the page stays where it is. */
export const CreateDialogButton = ({ resource, record, label, title, icon, transform, children }: CreateDialogButtonProps) => {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const onSuccess = useSaved(close, 'app.common.added');
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} variant="outlined" size="small">
        {icon}
      </Button>
      <FormDialogFrame open={open} title={title ?? label} onClose={close}>
        <CreateBase resource={resource} record={record} redirect={false} transform={transform} mutationOptions={{ onSuccess }}>
          <SimpleForm toolbar={<DialogToolbar onCancel={close} />}>{children}</SimpleForm>
        </CreateBase>
      </FormDialogFrame>
    </>
  );
};

interface EditDialogButtonProps {
  resource: string;
  id: RaRecord['id'];
  /** Shown as a tooltip for an icon button, or as the text of a labelled button. */
  label: string;
  title?: string;
  icon: ReactElement;
  /** A text button instead of an icon button. */
  withText?: boolean;
  transform?: TransformData;
  children: ReactNode;
}

/** A button opening a dialog with an edit form for one record (pessimistic: errors stay in the dialog). */
export const EditDialogButton = ({ resource, id, label, title, icon, withText, transform, children }: EditDialogButtonProps) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const onSuccess = useSaved(close, 'ra.notification.updated');
  return (
    <>
      {withText ? (
        <Button label={label} onClick={() => setOpen(true)} size="small">
          {icon}
        </Button>
      ) : (
        <Tooltip title={translate(label)}>
          <IconButton size="small" aria-label={translate(label)} onClick={() => setOpen(true)}>
            {icon}
          </IconButton>
        </Tooltip>
      )}
      <FormDialogFrame open={open} title={title ?? label} onClose={close}>
        <EditBase resource={resource} id={id} redirect={false} mutationMode="pessimistic" transform={transform} mutationOptions={{ onSuccess }}>
          <SimpleForm toolbar={<DialogToolbar onCancel={close} />}>{children}</SimpleForm>
        </EditBase>
      </FormDialogFrame>
    </>
  );
};

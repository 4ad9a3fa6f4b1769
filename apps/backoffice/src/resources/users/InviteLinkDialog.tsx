import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

/** Shows an invitation or reset link once, to hand over through a trusted channel. */
export const InviteLinkDialog = ({ url, onClose }: { url: string | null; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  return (
    <Dialog open={url !== null} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('app.user_security.invite_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" gutterBottom>
          {translate('app.user_security.invite_intro')}
        </Typography>
        <TextField name="inviteUrl" value={url ?? ''} fullWidth slotProps={{ htmlInput: { readOnly: true } }} onFocus={(e) => e.target.select()} />
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            void navigator.clipboard?.writeText(url ?? '').then(() => notify('app.user_security.copied', { type: 'info' }), () => undefined);
          }}
        >
          {translate('app.user_security.copy')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {translate('app.account.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

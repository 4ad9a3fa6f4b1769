import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useGetIdentity, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { InviteResponse, UserRecord } from '@ct/contracts';
import { accountCall, messageOf } from '../../account/account-api';
import { InviteLinkDialog } from './InviteLinkDialog';

type Action = 'password' | 'factors' | 'sessions';

/** The admin's sign-in actions for a user: a reset link, a second-factor reset, signing out everywhere. */
export const UserSecurity = () => {
  const record = useRecordContext<UserRecord>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const notify = useNotify();
  const [confirm, setConfirm] = useState<Action | null>(null);
  const [link, setLink] = useState<string | null>(null);
  if (!record || identity?.id === record.id) return null;

  const run = async (action: Action) => {
    setConfirm(null);
    try {
      if (action === 'password') setLink((await accountCall<InviteResponse>('POST', `/users/${record.id}/password-reset`, {})).inviteUrl);
      if (action === 'factors') {
        await accountCall('DELETE', `/users/${record.id}/factors`);
        notify('app.user_security.factors_reset', { type: 'success' });
      }
      if (action === 'sessions') {
        const { ended } = await accountCall<{ ended: number }>('DELETE', `/users/${record.id}/sessions`);
        notify('app.user_security.sessions_ended', { type: 'success', messageArgs: { smart_count: ended } });
      }
    } catch (e) {
      notify('app.account.error', { type: 'error', messageArgs: { message: messageOf(e) } });
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.user_security.title')}
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => setConfirm('password')}>{translate('app.user_security.reset_password')}</Button>
          <Button variant="outlined" onClick={() => setConfirm('factors')}>{translate('app.user_security.reset_factors')}</Button>
          <Button variant="outlined" color="error" onClick={() => void run('sessions')}>{translate('app.user_security.end_sessions')}</Button>
        </Stack>
      </CardContent>
      <Confirm
        isOpen={confirm === 'password' || confirm === 'factors'}
        title={confirm === 'factors' ? 'app.user_security.reset_factors' : 'app.user_security.reset_password'}
        content={confirm === 'factors' ? 'app.user_security.reset_factors_confirm' : 'app.user_security.reset_password_confirm'}
        onConfirm={() => void run(confirm as Action)}
        onClose={() => setConfirm(null)}
      />
      <InviteLinkDialog url={link} onClose={() => setLink(null)} />
    </Card>
  );
};

import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { TotpSetupResponse } from '@ct/contracts';
import { session } from '../session';
import { accountCall, type EnrollResult, messageOf } from './account-api';

/**
 * Authenticator-app enrollment: the QR code and key from the API, then a code from the app to confirm.
 * `bearer` is the enrollment mfaToken during sign-in; without it the signed-in session is used.
 */
export const TotpEnrollment = ({ bearer, onEnrolled }: { bearer?: string; onEnrolled: (result: EnrollResult) => void }) => {
  const translate = useTranslate();
  const [setup, setSetup] = useState<TotpSetupResponse | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    (bearer ? session.signInStep<TotpSetupResponse>('/auth/mfa/totp/setup', {}, bearer) : accountCall<TotpSetupResponse>('POST', '/auth/mfa/totp/setup', {}))
      .then((result) => live && setSetup(result))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [bearer]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = bearer
        ? await session.signInStep<EnrollResult>('/auth/mfa/totp/confirm', { code: code.trim() }, bearer)
        : await accountCall<EnrollResult>('POST', '/auth/mfa/totp/confirm', { code: code.trim() });
      onEnrolled(result);
    } catch {
      setError(translate('app.signin.wrong_code'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={submit}>
      <Typography variant="body2" gutterBottom>
        {translate('app.signin.scan')}
      </Typography>
      {setup && (
        <>
          <Box sx={{ textAlign: 'center' }}>
            <img src={setup.qrCode} alt="QR" width={200} height={200} />
          </Box>
          <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
            {translate('app.signin.secret')}: <code data-testid="totp-secret">{setup.secret}</code>
          </Typography>
        </>
      )}
      <TextField
        name="code"
        label={translate('app.signin.code')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 6 } }}
        fullWidth
        margin="normal"
        required
      />
      {error && <Alert severity="error">{error}</Alert>}
      <Button type="submit" variant="contained" fullWidth disabled={busy || !setup} sx={{ mt: 1 }}>
        {translate('app.signin.confirm')}
      </Button>
    </Box>
  );
};

import { Alert, Box, Button, Divider, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { LoginResult } from '@ct/contracts';
import { session } from '../session';
import { type EnrollResult, passkeySecondFactor, registerPasskey } from './account-api';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpEnrollment } from './TotpEnrollment';

type Step = LoginResult | { recoveryCodes: string[] };

/**
 * What follows a correct password (or an invitation): the second factor (`required`), or enrolling one
 * (`enroll`), then the recovery codes; `onSignedIn` once the session holds tokens.
 */
export const SignInSteps = ({ first, onSignedIn, onRestart }: { first: LoginResult; onSignedIn: () => void; onRestart: () => void }) => {
  const translate = useTranslate();
  const [step, setStep] = useState<Step>(first);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [method, setMethod] = useState<'choose' | 'app'>('choose');

  const after = (result: EnrollResult | LoginResult) => {
    if ('recoveryCodes' in result && result.recoveryCodes) setStep({ recoveryCodes: result.recoveryCodes });
    else if (session.isSignedIn()) onSignedIn();
  };

  const run = async (action: () => Promise<EnrollResult | LoginResult>, failure: string) => {
    setBusy(true);
    setError(null);
    try {
      after(await action());
    } catch (e) {
      const status = (e as { status?: number }).status;
      setError(translate(status === 429 ? 'app.auth.throttled' : failure));
    } finally {
      setBusy(false);
    }
  };

  if ('recoveryCodes' in step) return <RecoveryCodes codes={step.recoveryCodes} onDone={onSignedIn} />;
  if (!('mfa' in step)) return null;

  const restart = (
    <Button size="small" onClick={onRestart} sx={{ mt: 1 }}>
      {translate('app.signin.restart')}
    </Button>
  );

  if (step.mfa === 'required') {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      void run(() => session.signInStep('/auth/mfa/verify', { mfaToken: step.mfaToken, code: code.trim() }), 'app.signin.wrong_code');
    };
    return (
      <Box component="form" onSubmit={submit}>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.signin.verify_title')}
        </Typography>
        <Typography variant="body2">{translate('app.signin.verify_intro')}</Typography>
        <TextField
          name="code"
          autoFocus
          label={translate('app.signin.code')}
          helperText={translate('app.signin.code_help')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          slotProps={{ htmlInput: { autoComplete: 'one-time-code', maxLength: 20 } }}
          fullWidth
          margin="normal"
          required
        />
        {error && <Alert severity="error">{error}</Alert>}
        <Button type="submit" variant="contained" fullWidth disabled={busy} sx={{ mt: 1 }}>
          {translate('app.signin.verify')}
        </Button>
        {step.methods?.includes('passkey') && (
          <>
            <Divider sx={{ my: 2 }} />
            <Button variant="outlined" fullWidth disabled={busy} onClick={() => void run(() => passkeySecondFactor(step.mfaToken), 'app.signin.passkey_failed')}>
              {translate('app.signin.use_passkey')}
            </Button>
          </>
        )}
        {restart}
      </Box>
    );
  }

  return (
    <Box>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('app.signin.enroll_title')}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate('app.signin.enroll_intro')}
      </Typography>
      {method === 'choose' ? (
        <Stack spacing={1} sx={{ mt: 2 }}>
          <Button variant="contained" disabled={busy} onClick={() => void run(() => registerPasskey(step.mfaToken), 'app.signin.passkey_failed')}>
            {translate('app.signin.choose_passkey')}
          </Button>
          <Button variant="outlined" disabled={busy} onClick={() => setMethod('app')}>
            {translate('app.signin.choose_app')}
          </Button>
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      ) : (
        <TotpEnrollment bearer={step.mfaToken} onEnrolled={after} />
      )}
      {restart}
    </Box>
  );
};

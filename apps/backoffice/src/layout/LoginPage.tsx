import { Alert, Box, Button, CardContent, TextField } from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { LocalesMenuButton, Login, useLogin, useTranslate } from 'react-admin';
import type { LoginResult, SignInOptions } from '@ct/contracts';
import { SignInSteps } from '../account/SignInSteps';
import { API_URL } from '../config';
import { LOCALES, useDocumentLocale } from '../i18n';
import { session } from '../session';

function failureKey(status: number | undefined): string {
  if (status === 0) return 'app.auth.offline';
  if (status === 429) return 'app.auth.throttled';
  if (status !== undefined && status >= 500) return 'ra.notification.http_error';
  return 'ra.auth.sign_in_error';
}

/** Whether this is a demo (shown on the card, so nobody mistakes it for the real thing). */
function useSignInOptions(): SignInOptions | null {
  const [options, setOptions] = useState<SignInOptions | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`${API_URL}/auth/options`)
      .then((r) => (r.ok ? (r.json() as Promise<SignInOptions>) : null))
      .then((o) => live && setOptions(o))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return options;
}

/** The password form; what follows (second factor, enrollment, recovery codes) comes from `SignInSteps`. */
export const SignInCard = ({ first, onRestart }: { first: LoginResult | null; onRestart: () => void }) => {
  const login = useLogin();
  const done = () => void login({ signedIn: true });
  return first ? <SignInSteps first={first} onSignedIn={done} onRestart={onRestart} /> : null;
};

/** react-admin's login card, signing in with an email and password, then the second step where needed. */
export const LoginPage = () => {
  useDocumentLocale();
  const translate = useTranslate();
  const login = useLogin();
  const options = useSignInOptions();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<LoginResult | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await session.signInStep('/auth/login', { email: email.trim(), password });
      if ('accessToken' in result) await login({ signedIn: true });
      else setStep(result);
    } catch (e) {
      setError(translate(failureKey((e as { status?: number }).status)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ position: 'relative' }}>
      <Box sx={{ position: 'absolute', top: 8, right: 16, zIndex: 1, color: 'common.white' }}>
        <LocalesMenuButton languages={LOCALES} />
      </Box>
      <Login>
        <CardContent sx={{ width: 320 }}>
          {step ? (
            <SignInCard first={step} onRestart={() => setStep(null)} />
          ) : (
            <Box component="form" onSubmit={submit}>
              {options?.demo && options.secondFactorRoles.length === 0 && (
                <Alert severity="info" sx={{ mb: 1 }}>
                  {translate('app.signin.demo_note')}
                </Alert>
              )}
              <TextField
                autoFocus
                name="email"
                type="email"
                label={translate('app.auth.email')}
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                fullWidth
                margin="dense"
                required
              />
              <TextField
                name="password"
                type="password"
                label={translate('ra.auth.password')}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                fullWidth
                margin="dense"
                required
              />
              {error && (
                <Alert severity="error" sx={{ mt: 1 }}>
                  {error}
                </Alert>
              )}
              <Button type="submit" variant="contained" fullWidth disabled={busy} sx={{ mt: 2 }}>
                {translate('ra.auth.sign_in')}
              </Button>
            </Box>
          )}
        </CardContent>
      </Login>
    </Box>
  );
};

import { Alert, Box, Button, CardContent, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router-dom';
import { LocalesMenuButton, Login, useTranslate } from 'react-admin';
import type { LoginResult } from '@ct/contracts';
import { LOCALES, useDocumentLocale } from '../i18n';
import { SignInCard } from '../layout/LoginPage';
import { session } from '../session';

/**
 * Where an invitation or reset link lands (`#/invitation/<token>`: the token stays in the fragment, never
 * sent to a server log): the person sets a password, then enrolls a second factor where the role needs one.
 */
export const InvitationPage = () => {
  useDocumentLocale();
  const translate = useTranslate();
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<LoginResult | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) {
      setError(translate('app.signin.passwords_differ'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      session.clear();
      setStep(await session.signInStep('/auth/invitation/accept', { token, password }));
    } catch (e) {
      const status = (e as { status?: number }).status;
      setError(status === 400 ? (e as Error).message : translate(status === 429 ? 'app.auth.throttled' : 'app.signin.invitation_invalid'));
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
        <CardContent sx={{ width: 340 }}>
          {step ? (
            <SignInCard first={step} onRestart={() => setStep(null)} />
          ) : (
            <Box component="form" onSubmit={submit}>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('app.signin.invitation_title')}
              </Typography>
              <Typography variant="body2">{translate('app.signin.invitation_intro')}</Typography>
              <TextField name="password" type="password" label={translate('ra.auth.password')} autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} fullWidth margin="dense" required slotProps={{ htmlInput: { minLength: 12 } }} />
              <TextField name="repeat" type="password" label={translate('app.signin.password_repeat')} autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} fullWidth margin="dense" required />
              {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
              <Button type="submit" variant="contained" fullWidth disabled={busy} sx={{ mt: 2 }}>
                {translate('app.signin.set_password')}
              </Button>
            </Box>
          )}
        </CardContent>
      </Login>
    </Box>
  );
};

import { Alert, Box, Button, Card, CardContent, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { FactorsSummary, SessionRecord } from '@ct/contracts';
import { accountCall, type EnrollResult, messageOf, registerPasskey } from './account-api';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpEnrollment } from './TotpEnrollment';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card sx={{ mb: 2 }}>
    <CardContent>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

function useDate() {
  const [locale] = useLocaleState();
  return (iso: string) => new Date(iso).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

const PasswordSection = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await accountCall('POST', '/auth/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      notify('app.account.password_changed', { type: 'success' });
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <Section title={translate('app.account.password_title')}>
      <Box component="form" onSubmit={submit} sx={{ maxWidth: 400 }}>
        <TextField name="currentPassword" type="password" label={translate('app.account.current_password')} autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} fullWidth margin="dense" required />
        <TextField name="newPassword" type="password" label={translate('app.account.new_password')} autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} fullWidth margin="dense" required helperText={translate('app.signin.invitation_intro')} />
        {error && <Alert severity="error">{error}</Alert>}
        <Button type="submit" variant="contained" sx={{ mt: 1 }}>
          {translate('app.account.change_password')}
        </Button>
      </Box>
    </Section>
  );
};

const FactorsSection = () => {
  const translate = useTranslate();
  const date = useDate();
  const [factors, setFactors] = useState<FactorsSummary | null>(null);
  const [mode, setMode] = useState<'view' | 'totp' | { codes: string[] }>('view');
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const load = useCallback(() => {
    accountCall<FactorsSummary>('GET', '/auth/factors').then(setFactors, (e: unknown) => setError(messageOf(e)));
  }, []);
  useEffect(load, [load]);

  const act = async (action: () => Promise<EnrollResult | unknown>) => {
    setError(null);
    try {
      const result = (await action()) as EnrollResult | undefined;
      if (result?.recoveryCodes) setMode({ codes: result.recoveryCodes });
      else setMode('view');
      load();
    } catch (e) {
      setError(translate('app.account.error', { message: messageOf(e) }));
    }
  };

  if (typeof mode === 'object') return (
    <Section title={translate('app.account.factors_title')}>
      <RecoveryCodes codes={mode.codes} onDone={() => setMode('view')} doneLabel="app.account.done" />
    </Section>
  );
  return (
    <Section title={translate('app.account.factors_title')}>
      {factors?.required && <Alert severity="info" sx={{ mb: 1 }}>{translate('app.account.factor_required')}</Alert>}
      {mode === 'totp' ? (
        <Box sx={{ maxWidth: 360 }}>
          <TotpEnrollment onEnrolled={(r) => void act(async () => r)} />
        </Box>
      ) : factors && (
        <Stack spacing={1}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography>{translate(factors.totp ? 'app.account.totp_on' : 'app.account.totp_off')}</Typography>
            <Button onClick={() => setMode('totp')}>{translate('app.account.add_totp')}</Button>
            {factors.totp && <Button color="error" onClick={() => void act(() => accountCall('DELETE', '/auth/mfa/totp'))}>{translate('app.account.remove_totp')}</Button>}
          </Stack>
          <Typography variant="subtitle1">{translate('app.account.passkeys')}</Typography>
          {factors.passkeys.length === 0 ? (
            <Typography variant="body2">{translate('app.account.no_passkeys')}</Typography>
          ) : (
            <List dense>
              {factors.passkeys.map((p) => (
                <ListItem key={p.id} secondaryAction={<Button color="error" onClick={() => void act(() => accountCall('DELETE', `/auth/passkeys/${p.id}`))}>{translate('app.account.remove')}</Button>}>
                  <ListItemText primary={p.name} secondary={[translate('app.account.added', { date: date(p.createdAt) }), p.lastUsedAt ? translate('app.account.last_used', { date: date(p.lastUsedAt) }) : null].filter(Boolean).join(', ')} />
                </ListItem>
              ))}
            </List>
          )}
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextField name="passkeyName" size="small" label={translate('app.account.passkey_name')} value={name} onChange={(e) => setName(e.target.value)} />
            <Button variant="outlined" onClick={() => void act(() => registerPasskey(undefined, name.trim() || undefined))}>{translate('app.account.add_passkey')}</Button>
          </Stack>
          {(factors.totp || factors.passkeys.length > 0) && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography variant="body2">{translate('app.account.recovery_left', { smart_count: factors.recoveryCodesLeft })}</Typography>
              <Button onClick={() => void act(() => accountCall('POST', '/auth/mfa/recovery-codes', {}))}>{translate('app.account.new_codes')}</Button>
            </Stack>
          )}
        </Stack>
      )}
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
    </Section>
  );
};

const SessionsSection = () => {
  const translate = useTranslate();
  const date = useDate();
  const [sessions, setSessions] = useState<SessionRecord[]>([]);
  const load = useCallback(() => {
    accountCall<SessionRecord[]>('GET', '/auth/sessions').then(setSessions, () => undefined);
  }, []);
  useEffect(load, [load]);
  return (
    <Section title={translate('app.account.sessions_title')}>
      <Typography variant="body2">{translate('app.account.sessions_intro')}</Typography>
      <List dense data-testid="sessions">
        {sessions.map((s) => (
          <ListItem
            key={s.id}
            secondaryAction={!s.current && <Button color="error" onClick={() => void accountCall('DELETE', `/auth/sessions/${s.id}`).then(load)}>{translate('app.account.end')}</Button>}
          >
            <ListItemText
              primary={`${s.current ? `${translate('app.account.this_session')} · ` : ''}${s.userAgent ?? translate('app.account.unknown_device')}`}
              secondary={[s.address, translate('app.account.signed_in', { date: date(s.createdAt) }), translate('app.account.active', { date: date(s.lastUsedAt) })].filter(Boolean).join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
};

/** "My account": password, second factors, sessions. */
export const AccountPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title={translate('app.account.title')} />
      <PasswordSection />
      <FactorsSection />
      <SessionsSection />
    </Box>
  );
};

import { Box } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, PasswordInput, TextInput, required } from 'react-admin';
import { LOCALES, useDocumentLocale } from '../i18n';

/** react-admin's login card, signing in with an email, with the language menu above it. */
export const LoginPage = () => {
  useDocumentLocale();
  return (
    <Box sx={{ position: 'relative' }}>
      <Box sx={{ position: 'absolute', top: 8, right: 16, zIndex: 1, color: 'common.white' }}>
        <LocalesMenuButton languages={LOCALES} />
      </Box>
      <Login>
        <LoginForm>
          <TextInput
            autoFocus
            source="email"
            type="email"
            label="app.auth.email"
            autoComplete="username"
            validate={required()}
          />
          <PasswordInput
            source="password"
            label="ra.auth.password"
            autoComplete="current-password"
            validate={required()}
          />
        </LoginForm>
      </Login>
    </Box>
  );
};

import { Alert, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { asRole, roleLabelKey } from '../roles';

/** The home page: who is signed in, with which role, and a reminder about shared computers. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions();
  const role = asRole(permissions);
  const email = typeof identity?.email === 'string' ? identity.email : '';

  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="ra.page.dashboard" />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            {email && <Typography>{translate('app.dashboard.signed_in_as', { email })}</Typography>}
            {role && (
              <Chip color="primary" label={translate('app.dashboard.role', { role: translate(roleLabelKey(role)) })} />
            )}
          </Stack>
          {role === 'admin' && <Typography>{translate('app.dashboard.admin_hint')}</Typography>}
          <Alert severity="info">{translate('app.dashboard.session_note')}</Alert>
        </Stack>
      </CardContent>
    </Card>
  );
};

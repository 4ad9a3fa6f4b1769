import { lazy, Suspense } from 'react';
import { Alert, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { asRole, roleLabelKey } from '../roles';

// Loaded only for roles with a caseload: the login screen and other roles' home stay small.
const DueSoon = lazy(() => import('./DueSoon'));
const TasksDue = lazy(() => import('../deadlines/TasksDue'));
// Directors land on the statistics; loaded (with the charts) only for them.
const StatsDashboard = lazy(() => import('../stats/StatsDashboard'));
// Housing: the caseworker's count of proposals to decide; the volunteer's offers and matches at a glance.
const ProposalsDue = lazy(() => import('../housing/ProposalsDue'));
const VolunteerHome = lazy(() => import('../housing/VolunteerHome'));

/** Who is signed in, with which role, and a reminder about shared computers. */
const Welcome = ({ compact }: { compact: boolean }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions();
  const role = asRole(permissions);
  const email = typeof identity?.email === 'string' ? identity.email : '';
  return (
    <Card sx={{ maxWidth: compact ? undefined : 720 }}>
      <CardContent>
        <Stack spacing={compact ? 1 : 2}>
          <Typography variant={compact ? 'h6' : 'h5'} component={compact ? 'p' : 'h1'}>
            {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            {email && <Typography>{translate('app.dashboard.signed_in_as', { email })}</Typography>}
            {role && <Chip color="primary" label={translate('app.dashboard.role', { role: translate(roleLabelKey(role)) })} />}
          </Stack>
          {role === 'admin' && <Typography>{translate('app.dashboard.admin_hint')}</Typography>}
          <Alert severity="info">{translate('app.dashboard.session_note')}</Alert>
        </Stack>
      </CardContent>
    </Card>
  );
};

/**
 * The home page. Caseworkers see what is due in their caseload first; admins see it too when clients
 * are assigned to them; directors see the hardship statistics first.
 */
export const Dashboard = () => {
  const { permissions } = usePermissions();
  const role = asRole(permissions);
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title="ra.page.dashboard" />
      {role === 'caseworker' ? (
        <>
          <Suspense fallback={null}>
            <TasksDue />
          </Suspense>
          <Suspense fallback={null}>
            <DueSoon />
          </Suspense>
          <Suspense fallback={null}>
            <ProposalsDue />
          </Suspense>
          <Welcome compact />
        </>
      ) : role === 'director' ? (
        <>
          <Suspense fallback={null}>
            <StatsDashboard embedded />
          </Suspense>
          <Welcome compact />
        </>
      ) : role === 'volunteer' ? (
        <>
          <Suspense fallback={null}>
            <VolunteerHome />
          </Suspense>
          <Welcome compact />
        </>
      ) : (
        <>
          <Welcome compact={false} />
          {role === 'admin' && (
            <Suspense fallback={null}>
              <DueSoon hideWhenNoClients />
            </Suspense>
          )}
        </>
      )}
    </Stack>
  );
};

import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, type I18nProvider, Resource } from 'react-admin';
import { createAuthProvider } from './authProvider';
import { captureDeepLink } from './deep-link';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './dataProvider';
import { AppLayout } from './layout/AppLayout';
import { AppTitle } from './layout/AppTitle';
import { theme } from './layout/theme';
import { LoginPage } from './layout/LoginPage';
import { resourcesFor } from './resources';
import { session } from './session';
import { createAppStore } from './store';

// Before react-admin sends a signed-out visitor to the login page: remember the link they opened.
captureDeepLink(window.location.hash, session.isSignedIn());
const authProvider = createAuthProvider(session);
const AccountPage = lazy(() => import('./account/AccountPage').then((m) => ({ default: m.AccountPage })));
const InvitationPage = lazy(() => import('./account/InvitationPage').then((m) => ({ default: m.InvitationPage })));
const dataProvider = createDataProvider(session);
const store = createAppStore();

export const App = ({ i18nProvider }: { i18nProvider: I18nProvider }) => (
  <Admin
    disableTelemetry
    title={<AppTitle />}
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    store={store}
    loginPage={LoginPage}
    layout={AppLayout}
    theme={theme}
    dashboard={Dashboard}
  >
    {(permissions) => [
      ...resourcesFor(permissions).map(({ name, views }) => <Resource key={name} name={name} {...views} />),
      <CustomRoutes key="account">
        <Route path="/account" element={<AccountPage />} />
      </CustomRoutes>,
      <CustomRoutes key="invitation" noLayout>
        <Route path="/invitation/:token" element={<InvitationPage />} />
      </CustomRoutes>,
    ]}
  </Admin>
);

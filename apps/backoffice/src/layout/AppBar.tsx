import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, Logout, TitlePortal, UserMenu, useGetIdentity } from 'react-admin';
import { LOCALES } from '../i18n';

const Toolbar = () => (
  <>
    <LocalesMenuButton languages={LOCALES} />
    <LoadingIndicator />
  </>
);

/** The menu button's name is the name it shows (WCAG 2.5.3, label in name). */
const NamedUserMenu = () => {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ? String(identity.fullName) : 'ra.auth.user_menu'}>
      <Logout />
    </UserMenu>
  );
};

/** Each page's title is its level-one heading. */
export const AppBar = () => (
  <RaAppBar toolbar={<Toolbar />} userMenu={<NamedUserMenu />}>
    <TitlePortal component="h1" variant="h6" />
  </RaAppBar>
);

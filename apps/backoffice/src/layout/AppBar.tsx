import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, Logout, TitlePortal, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { LOCALES } from '../i18n';

const Toolbar = () => (
  <>
    <LocalesMenuButton languages={LOCALES} />
    <LoadingIndicator />
  </>
);

/** The menu button's name contains the name it shows (WCAG 2.5.3, label in name): "Profile: Ada Lovelace". */
const NamedUserMenu = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  return (
    <UserMenu label={identity?.fullName ? `${translate('ra.auth.user_menu')}: ${String(identity.fullName)}` : 'ra.auth.user_menu'}>
      <Logout />
    </UserMenu>
  );
};

/** The page title; it is the level-one heading of pages without their own (see use-a11y-fixups). */
export const AppBar = () => (
  <RaAppBar toolbar={<Toolbar />} userMenu={<NamedUserMenu />}>
    <TitlePortal component="div" />
  </RaAppBar>
);

import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, Logout, MenuItemLink, TitlePortal, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { LOCALES } from '../i18n';

const Toolbar = () => (
  <>
    <LocalesMenuButton languages={LOCALES} />
    <LoadingIndicator />
  </>
);

/** The menu button's name contains the name it shows (WCAG 2.5.3, label in name): "Profile: Ada Lovelace". */
const AccountMenu = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  return (
    <UserMenu label={identity?.fullName ? `${translate('ra.auth.user_menu')}: ${String(identity.fullName)}` : 'ra.auth.user_menu'}>
      <MenuItemLink to="/account" primaryText="app.account.menu" leftIcon={<ManageAccountsIcon />} />
      <Logout />
    </UserMenu>
  );
};

/** The page title; it is the level-one heading of pages without their own (see use-a11y-fixups). */
export const AppBar = () => (
  <RaAppBar toolbar={<Toolbar />} userMenu={<AccountMenu />}>
    <TitlePortal component="div" />
  </RaAppBar>
);

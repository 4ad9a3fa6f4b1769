import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, Logout, MenuItemLink, TitlePortal, UserMenu } from 'react-admin';
import { LOCALES } from '../i18n';

const Toolbar = () => (
  <>
    <LocalesMenuButton languages={LOCALES} />
    <LoadingIndicator />
  </>
);

const AccountMenu = () => (
  <UserMenu>
    <MenuItemLink to="/account" primaryText="app.account.menu" leftIcon={<ManageAccountsIcon />} />
    <Logout />
  </UserMenu>
);

export const AppBar = () => (
  <RaAppBar toolbar={<Toolbar />} userMenu={<AccountMenu />}>
    <TitlePortal />
  </RaAppBar>
);

import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';
import { LOCALES } from '../i18n';

const Toolbar = () => (
  <>
    <LocalesMenuButton languages={LOCALES} />
    <LoadingIndicator />
  </>
);

export const AppBar = () => (
  <RaAppBar toolbar={<Toolbar />}>
    <TitlePortal />
  </RaAppBar>
);

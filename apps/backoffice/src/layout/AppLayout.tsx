import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { useDocumentLocale } from '../i18n';
import { AppBar } from './AppBar';
import { useA11yFixups } from './use-a11y-fixups';

export const AppLayout = ({ children }: { children: ReactNode }) => {
  useDocumentLocale();
  useA11yFixups();
  return <Layout appBar={AppBar}>{children}</Layout>;
};

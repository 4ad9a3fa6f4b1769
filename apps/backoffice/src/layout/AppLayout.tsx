import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { useDocumentLocale } from '../i18n';
import { AppBar } from './AppBar';

export const AppLayout = ({ children }: { children: ReactNode }) => {
  useDocumentLocale();
  return <Layout appBar={AppBar}>{children}</Layout>;
};

import { Box, Stack } from '@mui/material';
import { Show, useRecordContext } from 'react-admin';
import type { ClientRecord } from '@ct/contracts';
import { clientLabel } from '../../common/client-name';
import { ClientHousingRequestPanel } from '../housing-requests/ClientHousingRequestPanel';
import { ClientTasksPanel } from '../../deadlines/ClientTasksPanel';
import { CasesSection } from './show/CasesSection';
import { ClientHeader } from './show/ClientHeader';
import { ConsentsPanel } from './show/ConsentsPanel';
import { HousingPanel } from './show/HousingPanel';
import { LifecycleActions } from './show/LifecycleActions';
import { NeedsPanel } from './show/NeedsPanel';
import { NotesPanel } from './show/NotesPanel';

const ClientTitle = () => {
  const record = useRecordContext<ClientRecord>();
  return <>{clientLabel(record)}</>;
};

/**
 * The caseworker's main screen for one client: who they are, the case with its timeline and computed
 * dates (each explained), and beside it what they need, where they live and the notes.
 */
export const ClientShow = () => (
  <Show component="div" actions={false} title={<ClientTitle />}>
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <ClientHeader />
      <LifecycleActions />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          alignItems: 'start',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
        }}
      >
        <CasesSection />
        <Stack spacing={2}>
          <ClientTasksPanel />
          <NeedsPanel />
          <HousingPanel />
          <ClientHousingRequestPanel />
          <NotesPanel />
          <ConsentsPanel />
        </Stack>
      </Box>
    </Stack>
  </Show>
);

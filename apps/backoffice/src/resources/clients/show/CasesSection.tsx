import { Stack } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { CreateButton, ReferenceManyFieldBase, useRecordContext, type ListControllerResult } from 'react-admin';
import type { CaseRecord, ClientRecord } from '@ct/contracts';
import { useRole } from '../../../common/useRole';
import { CaseCard } from './CaseCard';
import { EmptyLine, Panel } from './Panel';

const NewCaseButton = ({ clientId }: { clientId: string }) => (
  <CreateButton resource="cases" label="app.clients.new_case" icon={<AddIcon />} state={{ record: { clientId } }} variant="outlined" />
);

/** The client's case(s), oldest first; most clients have one. */
export const CasesSection = () => {
  const client = useRecordContext<ClientRecord>();
  const { canWrite } = useRole();
  if (!client) return null;
  const render = ({ data, isPending }: ListControllerResult<CaseRecord>) => {
    if (isPending) return null;
    if (!data?.length) {
      return (
        <Panel title="app.clients.cases" action={canWrite && <NewCaseButton clientId={client.id} />}>
          <EmptyLine message="app.clients.no_cases" />
        </Panel>
      );
    }
    return (
      <Stack spacing={2}>
        {data.map((kase) => (
          <CaseCard key={kase.id} kase={kase} />
        ))}
      </Stack>
    );
  };
  return (
    <ReferenceManyFieldBase<ClientRecord, CaseRecord>
      reference="cases"
      target="clientId"
      sort={{ field: 'createdAt', order: 'ASC' }}
      perPage={20}
      render={render}
    />
  );
};

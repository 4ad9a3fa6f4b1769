import { DeleteButton, Edit, Labeled, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import type { CaseRecord } from '@ct/contracts';
import { enumKey } from '../../common/choices';
import { useRole } from '../../common/useRole';
import { CaseInputs, caseWithNulls } from './CaseInputs';
import { ClientLink } from './ClientLink';

const CaseTitle = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate('app.cases.title', { kind: translate(enumKey('case_kinds', record.kind)) })}</>;
};

// Only admins delete cases (the API refuses caseworkers).
const EditToolbar = () => {
  const { role } = useRole();
  const record = useRecordContext<CaseRecord>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {role === 'admin' && <DeleteButton mutationMode="pessimistic" redirect={record ? `/clients/${record.clientId}/show` : 'list'} />}
    </Toolbar>
  );
};

export const CaseEdit = () => (
  <Edit<CaseRecord>
    mutationMode="pessimistic"
    title={<CaseTitle />}
    transform={caseWithNulls}
    redirect={(_resource, _id, data) => `clients/${data?.clientId}/show`}
  >
    <SimpleForm toolbar={<EditToolbar />}>
      <Labeled source="clientId">
        <ClientLink />
      </Labeled>
      <CaseInputs />
    </SimpleForm>
  </Edit>
);

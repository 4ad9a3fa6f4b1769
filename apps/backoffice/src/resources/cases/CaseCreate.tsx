import { AutocompleteInput, Create, ReferenceInput, SimpleForm, required } from 'react-admin';
import type { CaseRecord } from '@ct/contracts';
import { CaseInputs, caseWithNulls } from './CaseInputs';

// Searching clients needs whole words or 3-letter prefixes (a blind index): shorter text lists all.
const clientSearch = (text: string) => (text.trim().length >= 3 ? { q: text.trim() } : {});

/** Usually opened from a client's page, with the client chosen; back there after saving. */
export const CaseCreate = () => (
  <Create<CaseRecord> redirect={(_resource, _id, data) => `clients/${data?.clientId}/show`} transform={caseWithNulls}>
    <SimpleForm defaultValues={{ status: 'preparing', oneYearExceptionClaimed: false }}>
      <ReferenceInput source="clientId" reference="clients" sort={{ field: 'lastArrivalOn', order: 'DESC' }}>
        <AutocompleteInput filterToQuery={clientSearch} validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <CaseInputs />
    </SimpleForm>
  </Create>
);

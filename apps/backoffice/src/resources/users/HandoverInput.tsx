import { Alert } from '@mui/material';
import { ReferenceInput, SelectInput, required, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { UserRecord } from '@ct/contracts';

/**
 * Disabling a caseworker (or taking the role away) who still has clients asks who takes them over: their
 * deadlines would otherwise show on nobody's dashboard. The API refuses the change (409) without a taker.
 */
export const HandoverInput = () => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const disabled = useWatch({ name: 'disabled' }) as boolean | undefined;
  const role = useWatch({ name: 'role' }) as string | undefined;
  const leaving = record != null && !record.disabled && (record.role === 'caseworker' || record.role === 'admin') && (disabled === true || (role !== 'caseworker' && role !== 'admin'));
  const { total } = useGetList('clients', { filter: { caseworkerId: record?.id }, pagination: { page: 1, perPage: 1 } }, { enabled: leaving && record != null });
  if (!leaving || !total) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, maxWidth: 560 }} role="group" aria-label={translate('app.intake.handover_title')}>
      <strong>{translate('app.intake.handover_title')}</strong>
      <div>{translate('app.intake.handover_help', { count: translate('app.intake.handover_count', { smart_count: total }) })}</div>
      <ReferenceInput source="reassignClientsTo" reference="caseworkers" sort={{ field: 'displayName', order: 'ASC' }} perPage={200}>
        <SelectInput
          optionText="displayName"
          label="resources.clients.fields.caseworkerId"
          validate={required()}
          fullWidth
          sx={{ mt: 1 }}
        />
      </ReferenceInput>
    </Alert>
  );
};

import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { UserRecord } from '@ct/contracts';

/** Marks disabled accounts only, so they stand out in the list. */
export const UserStatusField = () => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record?.disabled) return null;
  return <Chip size="small" color="warning" variant="outlined" label={translate('resources.users.fields.disabled')} />;
};

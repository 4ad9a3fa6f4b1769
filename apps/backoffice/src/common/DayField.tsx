import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { formatDay } from './days';

/** A calendar day (`YYYY-MM-DD`) in the UI language, e.g. "Jun 4, 2026"; "—" when empty. */
export const DayField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {typeof value === 'string' && value ? formatDay(value, locale) : '—'}
    </Typography>
  );
};

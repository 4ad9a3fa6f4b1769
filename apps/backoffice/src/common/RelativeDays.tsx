import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { daysBetween, todayIso } from './days';

/** "in 12 days", "today", "3 days ago", relative to this computer's today. */
export const RelativeDays = ({ day }: { day: string }) => {
  const translate = useTranslate();
  const days = daysBetween(todayIso(), day);
  const text =
    days === 0
      ? translate('app.common.today')
      : days > 0
        ? translate('app.common.in_days', { smart_count: days })
        : translate('app.common.days_ago', { smart_count: -days });
  return (
    <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
};

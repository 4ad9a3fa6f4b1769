import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MatchStatus } from '@ct/contracts';
import { housingEnumKey } from './choices';

const COLOR: Record<MatchStatus, 'default' | 'info' | 'success' | 'primary' | 'warning'> = {
  proposed: 'info',
  accepted: 'success',
  declined: 'default',
  moved_in: 'primary',
  ended: 'default',
};

/** proposed / accepted / declined / moved in / ended, each with its colour. */
export const MatchStatusChip = ({ status }: { status: MatchStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLOR[status]}
      variant={status === 'declined' || status === 'ended' ? 'outlined' : 'filled'}
      label={translate(housingEnumKey('match_statuses', status))}
      data-match-status={status}
    />
  );
};

import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MatchRecord } from '@ct/contracts';
import { formatDay } from '../common/days';
import { housingEnumKey } from './choices';

/** "Moved in Jun 4, 2026" and "Ended Sep 1, 2026: Moved to their own rental", when recorded. */
export const MatchDates = ({ match }: { match: MatchRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!match.movedInOn && !match.endedOn) return null;
  return (
    <Typography variant="body2" color="text.secondary" component="div">
      {match.movedInOn && <div>{translate('app.matches.moved_in_on', { date: formatDay(match.movedInOn, locale) })}</div>}
      {match.endedOn && (
        <div>
          {translate('app.matches.ended_on', {
            date: formatDay(match.endedOn, locale),
            reason: match.endReason ? translate(housingEnumKey('end_reasons', match.endReason)) : '—',
          })}
        </div>
      )}
    </Typography>
  );
};

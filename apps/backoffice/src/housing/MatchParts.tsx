import { Box, Typography } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlined';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MatchPartRecord } from '@ct/contracts';
import { explainPart } from './explain-part';

const PartIcon = ({ part }: { part: MatchPartRecord }) => {
  if (part.blocking) return <BlockIcon fontSize="inherit" color="error" />;
  if (part.points >= part.max) return <CheckCircleOutlineIcon fontSize="inherit" color="success" />;
  return <RemoveCircleOutlineIcon fontSize="inherit" color={part.points === 0 ? 'warning' : 'action'} />;
};

/** Why a pair scored as it did, one line per criterion in the UI language, with the points it earned. */
export const MatchParts = ({ parts }: { parts: readonly MatchPartRecord[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!parts.length) return null;
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="match-parts">
      {parts.map((part) => (
        <Box
          component="li"
          key={`${part.criterion}-${part.code}`}
          data-part-code={part.code}
          sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', py: 0.25, fontSize: '1rem' }}
        >
          <Box sx={{ pt: '2px', display: 'flex' }} aria-hidden>
            <PartIcon part={part} />
          </Box>
          <Typography variant="body2" sx={{ flex: 1, minWidth: 0 }}>
            {explainPart(part, translate, locale)}
            {part.blocking && (
              <Typography component="span" variant="body2" color="error" sx={{ ml: 0.5 }}>
                ({translate('app.housing_common.blocking')})
              </Typography>
            )}
          </Typography>
          {part.max > 0 && (
            <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap', pt: '2px' }}>
              {translate('app.housing_common.points', { points: part.points, max: part.max })}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
};

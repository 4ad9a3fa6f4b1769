import { Box, Chip, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

type ScoreColor = 'success' | 'primary' | 'warning';

/** Green for a strong fit, blue for a fair one, amber below half. */
export const scoreColor = (score: number): ScoreColor => (score >= 75 ? 'success' : score >= 50 ? 'primary' : 'warning');

/** The score as a labelled bar ("Score 85/100"), readable by screen readers as a meter. */
export const ScoreBar = ({ score, width = 180 }: { score: number; width?: number | string }) => {
  const translate = useTranslate();
  const label = translate('app.housing_common.score', { score });
  return (
    <Box sx={{ width, minWidth: 120 }} data-score={score}>
      <Typography variant="caption" component="div" sx={{ fontWeight: 600, mb: 0.25 }}>
        {label}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.max(0, Math.min(100, score))}
        color={scoreColor(score)}
        aria-label={label}
        sx={{ height: 8, borderRadius: 4 }}
      />
    </Box>
  );
};

/** The score as a small chip, for tables. */
export const ScoreChip = ({ score }: { score: number }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={scoreColor(score)}
      label={translate('app.housing_common.score_short', { score })}
      aria-label={translate('app.housing_common.score', { score })}
      data-score={score}
    />
  );
};

import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Recovery codes, shown once after enrollment: the person writes them down before going on. */
export const RecoveryCodes = ({ codes, onDone, doneLabel = 'app.signin.codes_saved' }: { codes: string[]; onDone: () => void; doneLabel?: string }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('app.signin.codes_title')}
      </Typography>
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('app.signin.codes_intro')}
      </Alert>
      <Box component="ol" data-testid="recovery-codes" sx={{ fontFamily: 'monospace', fontSize: '1.1rem', columns: 2, pl: 4, mb: 2 }}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <Button variant="contained" onClick={onDone} fullWidth>
        {translate(doneLabel)}
      </Button>
    </Box>
  );
};

import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Button as MuiButton, LinearProgress, Stack, Typography } from '@mui/material';
import { Button, useDataProvider, useLocale, useNotify, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { saveBlob } from './files';

/** Step 1: choose the file; or download the template in the current language. */
export const UploadStep = ({ onFile, busy, error }: { onFile: (file: File) => void; busy: boolean; error: string | null }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const locale = useLocale() === 'ru' ? 'ru' : 'en';
  const [downloading, setDownloading] = useState(false);
  const template = async (format: 'csv' | 'xlsx') => {
    setDownloading(true);
    try {
      saveBlob(await dataProvider.getImportTemplate(format, locale), `clients-template-${locale}.${format}`);
    } catch {
      notify('app.imports.errors.request', { type: 'error', messageArgs: { message: format } });
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography variant="body1">{translate('app.imports.intro')}</Typography>
      <div>
        <MuiButton variant="contained" component="label" startIcon={<UploadFileIcon />} disabled={busy}>
          {translate('app.imports.upload.choose')}
          <input
            hidden
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) onFile(file);
            }}
          />
        </MuiButton>
      </div>
      {busy && (
        <div>
          <Typography variant="body2">{translate('app.imports.upload.reading')}</Typography>
          <LinearProgress />
        </div>
      )}
      {error && <Alert severity="error">{translate('app.imports.errors.file', { message: error })}</Alert>}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2">{translate('app.imports.upload.template')}</Typography>
        <Button label="app.imports.upload.template_xlsx" disabled={downloading} onClick={() => void template('xlsx')}>
          <DownloadIcon />
        </Button>
        <Button label="app.imports.upload.template_csv" disabled={downloading} onClick={() => void template('csv')}>
          <DownloadIcon />
        </Button>
      </Stack>
    </Stack>
  );
};

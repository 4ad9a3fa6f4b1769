import { useState } from 'react';
import { Card, CardContent, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import type { ImportDryRun, ImportJobRecord, ImportPreview, ImportSettings } from '@ct/contracts';
import type { AppDataProvider } from '../dataProvider';
import { useRole } from '../common/useRole';
import { DryRunStep } from './DryRunStep';
import { apiMessage } from './files';
import { type MappingState, MappingStep } from './MappingStep';
import { ProgressStep } from './ProgressStep';
import { UploadStep } from './UploadStep';

const STEPS = ['upload', 'mapping', 'check', 'import'] as const;

/**
 * Import clients from a spreadsheet: file → columns → check (a dry run that writes nothing) → import with
 * a progress bar and a report. The file stays in this page's memory and is sent again for the check and
 * the import; the server keeps none of it.
 */
const ImportPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { role } = useRole();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<MappingState>({ mapping: {}, dateOrder: 'auto', sheet: null, caseworkerId: null });
  const [dryRun, setDryRun] = useState<ImportDryRun | null>(null);
  const [job, setJob] = useState<ImportJobRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const settings = (): ImportSettings => ({ mapping: mapping.mapping, dateOrder: mapping.dateOrder, ...(mapping.sheet ? { sheet: mapping.sheet } : {}), ...(role === 'admin' ? { caseworkerId: mapping.caseworkerId } : {}) });
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(apiMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const read = (chosen: File, sheet?: string) =>
    run(async () => {
      const p = await dataProvider.importPreview(chosen, sheet);
      setFile(chosen);
      setPreview(p);
      setMapping((m) => ({ ...m, mapping: p.remembered ?? p.suggested, dateOrder: p.dateOrder, sheet: p.sheet }));
      setStep(1);
    });
  const check = () =>
    run(async () => {
      if (!file) return;
      setDryRun(await dataProvider.importDryRun(file, settings()));
      setStep(2);
    });
  const start = () =>
    run(async () => {
      if (!file) return;
      setJob(await dataProvider.importStart(file, settings()));
      setStep(3);
    });
  const again = () => {
    setStep(0);
    setFile(null);
    setPreview(null);
    setDryRun(null);
    setJob(null);
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.imports.title')} />
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('app.imports.title')}
        </Typography>
        <Stepper activeStep={step} sx={{ mb: 3 }}>
          {STEPS.map((s) => (
            <Step key={s}>
              <StepLabel>{translate(`app.imports.steps.${s}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {step === 0 && <UploadStep onFile={(f) => void read(f)} busy={busy} error={error} />}
        {step > 0 && step < 3 && error && <Typography color="error" role="alert">{translate('app.imports.errors.request', { message: error })}</Typography>}
        {step === 1 && preview && (
          <MappingStep preview={preview} state={mapping} onChange={setMapping} onSheet={(sheet) => file && void read(file, sheet)} onCheck={() => void check()} checking={busy} isAdmin={role === 'admin'} />
        )}
        {step === 2 && dryRun && <DryRunStep result={dryRun} onBack={() => setStep(1)} onImport={() => void start()} starting={busy} />}
        {step === 3 && job && <ProgressStep initial={job} onAgain={again} />}
      </CardContent>
    </Card>
  );
};

export default ImportPage;

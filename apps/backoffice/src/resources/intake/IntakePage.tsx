import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  Form,
  FormDataConsumer,
  ResourceContextProvider,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Title,
  regex,
  required,
  useCreatePath,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { caseKindChoices, caseStatusChoices, milestoneTypeChoices } from '../../common/choices';
import type { AppDataProvider } from '../../dataProvider';
import { ClientInputs, withNulls } from '../clients/ClientInputs';

const RECEIPT = regex(/^\s*[A-Za-z]{3}[\s-]*(\d[\s-]*){10}$/, 'app.api_errors.VALIDATION_FAILED.i589ReceiptNumber');
const row = { direction: { xs: 'column', md: 'row' }, spacing: { xs: 0, md: 2 } } as const;

type Values = Record<string, unknown> & { openCase?: boolean; case?: Record<string, unknown>; milestones?: Record<string, unknown>[] };

/** `client.dateOfBirth` → `dateOfBirth`, `milestones[1].date` → `milestones.1.date`: the form's own paths. */
const formPath = (field: string) => field.replace(/^client\./, '').replace(/\[(\d+)\]/g, '.$1');

/**
 * One-screen intake: the client, their case and its first milestones in one form, saved by one request
 * (`POST /api/intake`) in one transaction. A refusal marks the input it names and nothing is saved.
 */
export const IntakePage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<AppDataProvider>();

  const submit = async (values: Values) => {
    const { openCase, case: kase, milestones, ...client } = values;
    const blank = (v: unknown) => v === '' || v === undefined ? null : v;
    const body: Record<string, unknown> = { client: withNulls(client) };
    if (openCase && kase) {
      body['case'] = { ...kase, i589ReceiptNumber: blank(kase['i589ReceiptNumber']), i765ReceiptNumber: blank(kase['i765ReceiptNumber']), judgeDeadlineOn: blank(kase['judgeDeadlineOn']) };
      body['milestones'] = (milestones ?? []).map((m) => ({ type: m['type'], date: m['date'], ...(m['note'] ? { note: m['note'] } : {}) }));
    }
    try {
      const result = await dataProvider.createIntake(body);
      notify('app.intake.saved', { type: 'success' });
      if (result.warnings.includes('FILED_WITHOUT_I589_DATE')) notify('app.intake.filed_without_date', { type: 'warning', autoHideDuration: 15000 });
      void navigate(createPath({ resource: 'clients', id: result.client.id, type: 'show' }));
      return undefined;
    } catch (error) {
      const errBody = (error as { body?: { field?: unknown; code?: unknown; message?: unknown } }).body;
      if (typeof errBody?.field === 'string') {
        const field = errBody.field.replace(/^client\.|^case\.|^milestones\[\d+\]\./, '');
        const message = translate(`app.api_errors.${String(errBody.code)}.${field}`, { _: String(errBody.message ?? '') });
        return { [formPath(errBody.field)]: message };
      }
      notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
  };

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="app.intake.title" />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.intake.title')}
          </Typography>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('app.intake.intro')}
          </Alert>
          <Form onSubmit={submit} defaultValues={{ householdSize: 1, languages: ['ru'], excludeFromStatistics: false, openCase: true, case: { kind: 'affirmative', status: 'preparing' }, milestones: [] }}>
            <Stack spacing={2}>
              <ResourceContextProvider value="clients">
                <ClientInputs />
              </ResourceContextProvider>
              <Box component="section" aria-labelledby="intake-case">
                <Typography id="intake-case" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                  {translate('app.intake.case')}
                </Typography>
                <BooleanInput source="openCase" label="app.intake.open_case" />
                <FormDataConsumer>
                  {({ formData }) =>
                    formData.openCase ? (
                      <ResourceContextProvider value="cases">
                        <Stack {...row}>
                          <SelectInput source="case.kind" label="resources.cases.fields.kind" choices={caseKindChoices} validate={required()} />
                          <SelectInput source="case.status" label="resources.cases.fields.status" choices={caseStatusChoices} validate={required()} />
                        </Stack>
                        <Stack {...row}>
                          <TextInput source="case.i589ReceiptNumber" label="resources.cases.fields.i589ReceiptNumber" autoComplete="off" validate={RECEIPT} />
                          <TextInput source="case.i765ReceiptNumber" label="resources.cases.fields.i765ReceiptNumber" autoComplete="off" validate={RECEIPT} />
                          <DateInput source="case.judgeDeadlineOn" label="resources.cases.fields.judgeDeadlineOn" />
                        </Stack>
                        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: 1 }}>
                          {translate('app.intake.milestones')}
                        </Typography>
                        <Typography variant="body2" color="text.secondary">
                          {translate('app.intake.milestones_help')}
                        </Typography>
                        <ArrayInput source="milestones" label={false}>
                          <SimpleFormIterator inline disableReordering addButton={undefined}>
                            <SelectInput source="type" label="resources.milestones.fields.type" choices={milestoneTypeChoices} validate={required()} />
                            <DateInput source="date" label="resources.milestones.fields.date" validate={required()} />
                            <TextInput source="note" label="resources.milestones.fields.note" autoComplete="off" />
                          </SimpleFormIterator>
                        </ArrayInput>
                      </ResourceContextProvider>
                    ) : null
                  }
                </FormDataConsumer>
              </Box>
              <Box>
                <SaveButton label="app.intake.save" alwaysEnable />
              </Box>
            </Stack>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
};

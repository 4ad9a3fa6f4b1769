import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Title, useCreatePath, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { findingText } from '../../common/finding-text';
import { formatDay } from '../../common/days';
import type { AppDataProvider } from '../../dataProvider';

/** Records that break the data checks (admins: all; caseworkers: their caseload), each leading to the client. */
export const DataChecksPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data, isPending, error } = useQuery({ queryKey: ['data-checks'], queryFn: () => dataProvider.getDataChecks() });
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="app.intake.checks.title" />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.intake.checks.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('app.intake.checks.intro')}
          </Typography>
          {isPending && null}
          {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
          {data && (
            <>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {translate('app.intake.checks.checked', { smart_count: data.clientsChecked })} · {translate('app.dashboard.as_of', { date: formatDay(data.asOf, locale) })}
              </Typography>
              {data.items.length === 0 ? (
                <Alert severity="success">{translate('app.intake.checks.none')}</Alert>
              ) : (
                <Box sx={{ overflowX: 'auto' }}>
                  <Table size="small">
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('app.intake.checks.client')}</TableCell>
                        <TableCell>{translate('app.intake.checks.severity')}</TableCell>
                        <TableCell>{translate('app.intake.checks.problem')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {data.items.map((item, i) => (
                        <TableRow key={`${item.clientId}-${item.code}-${item.milestoneId ?? i}`} data-code={item.code}>
                          <TableCell>
                            <Link to={createPath({ resource: 'clients', id: item.clientId, type: 'show' })} sx={{ fontFamily: 'monospace' }}>
                              {item.clientCode}
                            </Link>
                          </TableCell>
                          <TableCell>
                            <Chip size="small" color={item.severity === 'impossible' ? 'error' : 'warning'} label={translate(`app.intake.checks.${item.severity}`)} />
                          </TableCell>
                          <TableCell>{findingText({ code: item.code, otherType: item.otherType ?? null, params: item.params ?? {}, message: item.message, field: item.field === 'date' ? null : item.field }, translate, locale)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              )}
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

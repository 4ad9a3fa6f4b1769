import { useQuery } from '@tanstack/react-query';
import { Alert, Card, CardContent, CircularProgress, Stack, Table, TableBody, TableCell, TableContainer, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { CaseloadOverviewRow } from '@ct/contracts';
import type { AppDataProvider } from '../dataProvider';

const COUNTS = ['clients', 'decisionsOverdue', 'oneYearDeadlinesSoon', 'urgentNeedsOpen'] as const;

const formatDay = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/**
 * The team at a glance for a director: per caseworker, how many clients, permit decisions overdue,
 * one-year deadlines within 30 days and urgent needs open. Counts only; the caseworkers act on them.
 */
const CaseloadOverviewPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data, isPending, error } = useQuery({ queryKey: ['caseload-overview'], queryFn: () => dataProvider.getCaseloadOverview(), refetchOnWindowFocus: false });
  const total = (key: (typeof COUNTS)[number]) => (data?.rows ?? []).reduce((s, r) => s + r[key], 0);
  const name = (r: CaseloadOverviewRow) => r.caseworkerName ?? translate('app.team.unassigned');
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid="caseload-overview">
      <Title title="app.team.title" />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.team.title')}
          </Typography>
          <Typography color="text.secondary">{translate('app.team.intro', { days: data?.deadlineWindowDays ?? 30 })}</Typography>
          {data && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('app.team.as_of', { date: formatDay(data.asOf, locale) })}
            </Typography>
          )}
        </CardContent>
      </Card>
      {isPending && <CircularProgress aria-label={translate('ra.page.loading')} />}
      {error && <Alert severity="error">{translate('app.team.load_error')}</Alert>}
      {data && (
        <TableContainer component={Card}>
          <Table size="small" aria-label={translate('app.team.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.team.columns.caseworker')}</TableCell>
                {COUNTS.map((k) => (
                  <TableCell key={k} align="right">
                    {translate(`app.team.columns.${k}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.rows.map((r) => (
                <TableRow key={r.caseworkerId ?? 'none'}>
                  <TableCell component="th" scope="row">
                    {r.caseworkerId ? (
                      <Link to={`/clients?filter=${encodeURIComponent(JSON.stringify({ caseworkerId: r.caseworkerId }))}`}>{name(r)}</Link>
                    ) : (
                      name(r)
                    )}
                  </TableCell>
                  {COUNTS.map((k) => (
                    <TableCell key={k} align="right" sx={k !== 'clients' && r[k] > 0 ? { fontWeight: 700, color: 'warning.dark' } : undefined}>
                      {r[k]}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableCell>{translate('app.team.columns.total')}</TableCell>
                {COUNTS.map((k) => (
                  <TableCell key={k} align="right">
                    {total(k)}
                  </TableCell>
                ))}
              </TableRow>
            </TableFooter>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
};

export default CaseloadOverviewPage;

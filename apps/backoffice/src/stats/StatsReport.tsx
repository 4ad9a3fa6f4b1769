import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, GlobalStyles, LinearProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, LinkBase, Title, useLocaleState, useTranslate } from 'react-admin';
import { formatDay } from '../common/days';
import { WaitHistogram } from './charts';
import { MinCellContext, TableView } from './figures';
import { keyFindings } from './findings';
import { periodBounds } from './format';
import { useKeyLabels } from './labels';
import { statsSearch } from './query';
import { CsvButton, XlsxButton } from './StatsFilters';
import { BucketChart, BucketTable, ScenarioComparison, useScenarioPair } from './StatsDashboard';
import type { HardshipReport } from './types';
import { useStatsQuery } from './useStats';

/** Fits the printable width of both A4 and US Letter with 14 mm margins (about 690 CSS pixels). */
const PAGE_WIDTH = 680;

/**
 * Print: only the report. The app bar, the menu and the buttons go; the page gets margins that suit
 * A4 and Letter, the organization's name and the page number in the footer; charts and tables are not
 * cut across pages.
 */
const printCss = (footer: string, page: string, of: string) => `
@page {
  margin: 16mm 14mm 18mm;
  @bottom-left { content: ${JSON.stringify(footer)}; font: 8pt sans-serif; color: #555; }
  @bottom-right { content: ${JSON.stringify(`${page} `)} counter(page) ${JSON.stringify(` ${of} `)} counter(pages); font: 8pt sans-serif; color: #555; }
}
@media print {
  html, body { background: #fff !important; }
  .MuiAppBar-root, .RaLayout-contentWithSidebar > .MuiDrawer-root, .RaSidebar-docked, [data-print="hide"] { display: none !important; }
  .RaLayout-appFrame { margin-top: 0 !important; }
  .RaLayout-contentWithSidebar, .RaLayout-content { padding: 0 !important; margin: 0 !important; background: #fff !important; }
  [data-print="keep"] { break-inside: avoid; page-break-inside: avoid; }
  [data-print="page"] { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  [data-testid="stats-report"] { box-shadow: none !important; border: 0 !important; padding: 0 !important; max-width: none !important; font-size: 10.5pt; }
}
`;

const Section = ({ title, children, keep = false, newPage = false }: { title: string; children: ReactNode; keep?: boolean; newPage?: boolean }) => (
  <Box component="section" aria-label={title} sx={{ mt: 3 }} data-print={newPage ? 'page' : keep ? 'keep' : undefined}>
    <Typography variant="h6" component="h2" sx={{ mb: 1, borderBottom: 1, borderColor: 'divider' }}>
      {title}
    </Typography>
    {children}
  </Box>
);

/** A chart or table with a caption, kept on one page. */
const Exhibit = ({ caption, children }: { caption: string; children: ReactNode }) => (
  <Box data-print="keep" sx={{ mb: 2.5 }}>
    <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
      {caption}
    </Typography>
    {children}
  </Box>
);

const ReportBody = ({ report, current, proposed }: { report: HardshipReport; current?: HardshipReport; proposed?: HardshipReport }) => {
  const translate = useTranslate();
  const [locale = 'en'] = useLocaleState();
  const labels = useKeyLabels();
  const { first, last } = periodBounds(report.period.from, report.period.to, locale);
  const findings = keyFindings(report, translate, locale, { current, proposed });
  const other = report.scenario.id === 'current' ? proposed : current;
  const { minCell, maxNoisePerQuarter, percentileMinPeople } = report.anonymity;
  const { rules } = report;
  const projectedNote = report.scenario.id === 'current' ? '' : ` (${translate('app.stats.projected')})`;
  return (
    <>
      {report.organization && (
        <Typography variant="overline" component="p" sx={{ fontSize: '0.8rem', letterSpacing: 1 }} data-testid="report-organization">
          {report.organization}
        </Typography>
      )}
      <Typography variant="h4" component="h1" sx={{ fontWeight: 600, fontSize: { xs: '1.6rem', sm: '2rem' } }}>
        {translate('app.stats.report.title')}
      </Typography>
      <Typography variant="subtitle1" sx={{ mt: 1 }} data-testid="report-period">
        {translate('app.stats.report.subtitle', { from: first, to: last })}
      </Typography>
      {report.scenario.id !== 'current' && (
        <Typography variant="subtitle1" sx={{ fontWeight: 600, color: 'warning.dark' }}>
          {translate('app.stats.report.scenario_note')}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="report-date">
        {report.organization ? `${translate('app.stats.report.organization', { name: report.organization })}. ` : ''}
        {translate('app.stats.report.prepared', { date: formatDay(report.asOf, locale, 'long') })}
      </Typography>

      <Section title={translate('app.stats.report.findings')}>
        <Box component="ul" sx={{ pl: 2.5, m: 0, '& li': { mb: 0.75 } }} data-testid="key-findings">
          {findings.map((finding) => (
            <Typography
              component="li"
              key={finding.figure}
              data-figure={finding.figure}
              data-suppressed={finding.suppressed || undefined}
              sx={finding.suppressed ? { color: 'text.secondary', fontStyle: 'italic' } : undefined}
            >
              {finding.text}
            </Typography>
          ))}
        </Box>
      </Section>

      <Section title={translate('app.stats.report.charts')}>
        <Exhibit caption={`${translate('app.stats.figures.wait_arrival')}: ${translate('app.stats.figures.histogram').toLowerCase()}${projectedNote}`}>
          <WaitHistogram histogram={report.waitArrivalToEadDays.histogram} width={PAGE_WIDTH} height={200} />
        </Exhibit>
        {current && proposed && (
          <Exhibit caption={translate('app.stats.compare.title')}>
            <ScenarioComparison current={current.waitFiledToEadDays} proposed={proposed.waitFiledToEadDays} width={PAGE_WIDTH} />
          </Exhibit>
        )}
        {report.buckets.length > 0 && (
          <Exhibit caption={translate('app.stats.figures.by_bucket')}>
            <BucketChart report={report} other={other} width={PAGE_WIDTH} />
            <BucketTable report={report} />
          </Exhibit>
        )}
      </Section>

      <Section title={translate('app.stats.report.tables')} newPage>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 3 }}>
          <Exhibit caption={translate('app.stats.figures.housing_table')}>
            <TableView name="housingDuringWait" table={report.housingDuringWait} labelOf={labels.housing} dense />
          </Exhibit>
          <Exhibit caption={translate('app.stats.figures.support_needs')}>
            <TableView name="supportNeeds" table={report.supportNeeds} labelOf={labels.need} dense />
          </Exhibit>
          <Exhibit caption={translate('app.stats.figures.outcomes')}>
            <TableView name="outcomes" table={report.outcomes} labelOf={labels.outcome} dense />
          </Exhibit>
          <Exhibit caption={translate('app.stats.figures.professions')}>
            <TableView name="topProfessions" table={report.topProfessions} labelOf={labels.profession} dense />
          </Exhibit>
        </Box>
      </Section>

      <Section title={translate('app.stats.report.methods')} keep>
        <Box data-testid="methods-note" sx={{ '& p': { mb: 1 } }}>
          <Typography variant="body2" component="p">
            {translate('app.stats.report.method.counted')}
          </Typography>
          <Typography variant="body2" component="p">
            {translate('app.stats.report.method.waits')}
          </Typography>
          <Typography variant="body2" component="p">
            {translate('app.stats.report.method.anonymity', { min: minCell, noise: maxNoisePerQuarter, median: percentileMinPeople.median })}
          </Typography>
          <Typography variant="body2" component="p">
            {translate('app.stats.report.method.scenario_current', { mayFile: rules.current.mayFileAfterDays, grant: rules.current.earliestGrantDays })}
          </Typography>
          <Typography variant="body2" component="p">
            {translate('app.stats.report.method.scenario_proposed', { mayFile: rules.proposed.mayFileAfterDays, decision: rules.proposed.decisionDays })}
          </Typography>
        </Box>
      </Section>
    </>
  );
};

/** The printable advocacy report (`#/stats/report?from=…&to=…`): same query as the dashboard. */
const StatsReport = () => {
  const translate = useTranslate();
  const [query] = useStatsQuery();
  const { main, current, proposed } = useScenarioPair(query);
  const report = main.data;
  return (
    <Box sx={{ my: 2 }}>
      <Title title="app.stats.report.title" />
      <GlobalStyles styles={printCss(report?.organization ?? translate('app.stats.report.title'), translate('app.stats.report.page'), translate('app.stats.report.of'))} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', justifyContent: 'center' }} data-print="hide">
        <Button label="app.stats.actions.back" variant="text" component={LinkBase} to={{ pathname: '/stats', search: `?${statsSearch(query)}` }}>
          <ArrowBackIcon />
        </Button>
        <Button label="app.stats.actions.print" variant="contained" onClick={() => window.print()} disabled={!report}>
          <PrintIcon />
        </Button>
        <CsvButton query={query} />
        <XlsxButton query={query} />
      </Stack>
      {main.isFetching && <LinearProgress data-print="hide" />}
      {main.error && <Alert severity="error">{translate('app.stats.load_error', { message: main.error.message })}</Alert>}
      {report && (
        <MinCellContext.Provider value={report.anonymity.minCell}>
          <Box
            component="article"
            data-testid="stats-report"
            sx={{
              maxWidth: PAGE_WIDTH + 2 * 40,
              mx: 'auto',
              p: { xs: 2, sm: 5 },
              bgcolor: 'background.paper',
              boxShadow: 1,
              borderRadius: 1,
            }}
          >
            <ReportBody report={report} current={current} proposed={proposed} />
          </Box>
        </MinCellContext.Provider>
      )}
    </Box>
  );
};

export default StatsReport;

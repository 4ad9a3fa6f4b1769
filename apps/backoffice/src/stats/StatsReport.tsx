import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, GlobalStyles, LinearProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, LinkBase, Title, useLocaleState, useTranslate } from 'react-admin';
import { formatDay, todayIso } from '../common/days';
import { WaitHistogram } from './charts';
import { MinCellContext, TableView } from './figures';
import { keyFindings } from './findings';
import { formatMonth } from './format';
import { useKeyLabels } from './labels';
import { statsSearch } from './query';
import { CsvButton } from './StatsFilters';
import { BucketChart, BucketTable, ScenarioComparison, useScenarioPair } from './StatsDashboard';
import type { HardshipReport } from './types';
import { useStatsQuery } from './useStats';

/** Fits the printable width of both A4 and US Letter with 14 mm margins (about 690 CSS pixels). */
const PAGE_WIDTH = 680;

/**
 * Print: only the report. The app bar, the menu and the buttons go; the page gets margins that suit
 * A4 and Letter; charts and tables are not cut across pages.
 */
const PRINT_CSS = `
@page { margin: 14mm; }
@media print {
  html, body { background: #fff !important; }
  .MuiAppBar-root, .RaLayout-contentWithSidebar > .MuiDrawer-root, .RaSidebar-docked, [data-print="hide"] { display: none !important; }
  .RaLayout-appFrame { margin-top: 0 !important; }
  .RaLayout-contentWithSidebar, .RaLayout-content { padding: 0 !important; margin: 0 !important; background: #fff !important; }
  [data-print="keep"] { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  [data-testid="stats-report"] { box-shadow: none !important; border: 0 !important; padding: 0 !important; max-width: none !important; font-size: 10.5pt; }
}
`;

const Section = ({ title, children, keep = false }: { title: string; children: ReactNode; keep?: boolean }) => (
  <Box component="section" aria-label={title} sx={{ mt: 3 }} data-print={keep ? 'keep' : undefined}>
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
  const from = formatMonth(report.period.from, locale);
  const to = formatMonth(report.period.to, locale);
  const asOf = formatMonth(report.asOfMonth, locale);
  const findings = keyFindings(report, translate, locale, { current, proposed });
  const other = report.scenario.id === 'current' ? proposed : current;
  const { minCell, countsRoundedTo } = report.anonymity;
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 600, fontSize: { xs: '1.6rem', sm: '2rem' } }}>
        {translate('app.stats.report.title')}
      </Typography>
      <Typography variant="subtitle1" sx={{ mt: 1 }} data-testid="report-period">
        {translate('app.stats.report.subtitle', { from, to })}
      </Typography>
      {report.scenario.id !== 'current' && (
        <Typography variant="subtitle1" sx={{ fontWeight: 600, color: 'warning.dark' }}>
          {translate('app.stats.report.scenario_note')}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {translate('app.stats.report.prepared', { date: formatDay(todayIso(), locale, 'long'), month: asOf })}
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
        <Exhibit
          caption={`${translate('app.stats.figures.wait_filed')}: ${translate('app.stats.figures.histogram').toLowerCase()}${
            report.scenario.id === 'current' ? '' : ` (${translate('app.stats.projected')})`
          }`}
        >
          <WaitHistogram histogram={report.waitFiledToEadDays.histogram} width={PAGE_WIDTH} height={220} />
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

      <Section title={translate('app.stats.report.tables')}>
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

      <Section title={translate('app.stats.report.methods')}>
        <Box data-testid="methods-note" sx={{ '& p': { mb: 1 } }}>
          <Typography variant="body2" component="p">
            {translate('app.stats.report.method.counted', { month: asOf })}
          </Typography>
          <Typography variant="body2" component="p">
            {translate('app.stats.report.method.waits')}
          </Typography>
          <Typography variant="body2" component="p">
            {translate('app.stats.report.method.anonymity', { min: minCell, rounding: countsRoundedTo })}
          </Typography>
          <Typography variant="body2" component="p">
            {translate(report.scenario.id === 'current' ? 'app.stats.report.method.scenario_current' : 'app.stats.report.method.scenario_proposed')}
          </Typography>
          <Typography variant="body2" component="p">
            {translate('app.stats.report.method.audit')}
          </Typography>
        </Box>
        {/* The API's own wording, which the figures follow exactly: in English, whatever the UI language. */}
        <Box sx={{ mt: 2 }} lang="en" data-testid="definitions">
          <Typography variant="subtitle2" component="h3">
            {translate('app.stats.report.definitions')}
          </Typography>
          <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 600, fontSize: '0.8rem', mt: 0.75 }, '& dd': { m: 0, fontSize: '0.8rem', color: 'text.secondary' } }}>
            <dt>scenario ({report.scenario.ruleSet})</dt>
            <dd>
              {report.scenario.label}. {report.scenario.model}
            </dd>
            {Object.entries(report.definitions).map(([key, text]) => (
              <Box key={key} sx={{ display: 'contents' }}>
                <dt>{key}</dt>
                <dd>{text}</dd>
              </Box>
            ))}
          </Box>
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
      <GlobalStyles styles={PRINT_CSS} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', justifyContent: 'center' }} data-print="hide">
        <Button label="app.stats.actions.back" variant="text" component={LinkBase} to={{ pathname: '/stats', search: `?${statsSearch(query)}` }}>
          <ArrowBackIcon />
        </Button>
        <Button label="app.stats.actions.print" variant="contained" onClick={() => window.print()} disabled={!report}>
          <PrintIcon />
        </Button>
        <CsvButton query={query} />
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

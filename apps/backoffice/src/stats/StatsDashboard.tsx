import { Alert, Box, Card, CardContent, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { GroupedBarChart, WaitHistogram, type ChartSeries } from './charts';
import { BigValue, DistributionView, MinCellContext, ShareRow, StatCard, TableView, Value } from './figures';
import { formatBucketLabel, formatMonth } from './format';
import { useKeyLabels } from './labels';
import { otherScenario, type StatsQuery } from './query';
import { StatsFilters } from './StatsFilters';
import type { DistributionFigure, HardshipReport } from './types';
import { useHardship, useStatsQuery } from './useStats';

/** The main report and the same query under the other rule, ordered as current and proposed. */
export function useScenarioPair(query: StatsQuery) {
  const main = useHardship(query);
  const other = useHardship({ ...query, scenario: otherScenario(query.scenario) });
  const current = query.scenario === 'current' ? main.data : other.data;
  const proposed = query.scenario === 'current' ? other.data : main.data;
  return { main, current, proposed };
}

/** Anonymity rules and the day the figures stop, always next to the figures. */
export const AnonymityNote = ({ report }: { report: HardshipReport }) => {
  const translate = useTranslate();
  const [locale = 'en'] = useLocaleState();
  return (
    <Alert severity="info" data-testid="anonymity-note">
      {translate('app.stats.anonymity', { min: report.anonymity.minCell, noise: report.anonymity.maxNoisePerQuarter, median: report.anonymity.percentileMinPeople.median })}{' '}
      {translate('app.stats.as_of', { month: formatMonth(report.asOfMonth, locale) })}
    </Alert>
  );
};

const MEASURES = ['median', 'p25', 'p75', 'p90'] as const;

/** Current rule and proposed 365-day rule side by side: the key wait, for the same clients. */
export const ScenarioComparison = ({ current, proposed, width }: { current: DistributionFigure; proposed: DistributionFigure; width?: number }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const difference = (measure: (typeof MEASURES)[number]) => {
    const a = current[measure];
    const b = proposed[measure];
    return current.suppressed || proposed.suppressed || a === null || b === null ? null : Math.round(b) - Math.round(a);
  };
  const series: ChartSeries[] = [
    { key: 'current', label: translate('app.stats.compare.current'), color: theme.palette.primary.main, points: MEASURES.map((m) => ({ value: current[m], suppressed: current.suppressed })) },
    {
      key: 'proposed',
      label: translate('app.stats.compare.proposed'),
      color: theme.palette.warning.main,
      points: MEASURES.map((m) => ({ value: proposed[m], suppressed: proposed.suppressed })),
    },
  ];
  return (
    <Stack spacing={1.5} data-testid="scenario-comparison">
      <Table size="small" sx={{ '& td, & th': { px: 1, py: 0.5 } }}>
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell align="right">{translate('app.stats.compare.current')}</TableCell>
            <TableCell align="right">{translate('app.stats.compare.proposed')}</TableCell>
            <TableCell align="right">{translate('app.stats.compare.difference')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {MEASURES.map((measure) => {
            const diff = difference(measure);
            return (
              <TableRow key={measure} data-measure={measure}>
                <TableCell component="th" scope="row">
                  {translate(`app.stats.measures.${measure}`)}
                </TableCell>
                <TableCell align="right" data-scenario="current">
                  <Value value={current[measure]} suppressed={current.suppressed} kind="days" cell />
                </TableCell>
                <TableCell align="right" data-scenario="proposed-365">
                  <Value value={proposed[measure]} suppressed={proposed.suppressed} kind="days" cell />
                </TableCell>
                <TableCell align="right">{diff === null ? '' : `${diff > 0 ? '+' : ''}${diff}`}</TableCell>
              </TableRow>
            );
          })}
          <TableRow data-measure="n">
            <TableCell component="th" scope="row">
              {translate('app.stats.measures.n')}
            </TableCell>
            <TableCell align="right">
              <Value value={current.n} suppressed={current.suppressed} kind="count" cell />
            </TableCell>
            <TableCell align="right">
              <Value value={proposed.n} suppressed={proposed.suppressed} kind="count" cell />
            </TableCell>
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
      <GroupedBarChart
        categories={MEASURES.map((m) => translate(`app.stats.measures.${m}`))}
        series={series}
        kind="days"
        showValues
        height={200}
        width={width}
        yLabel={translate('app.stats.chart.days')}
        ariaLabel={translate('app.stats.compare.title')}
      />
    </Stack>
  );
};

/** Median wait per year or quarter of filing, under the chosen rule and, when loaded, the other one. */
export const BucketChart = ({ report, other, width }: { report: HardshipReport; other?: HardshipReport; width?: number }) => {
  const translate = useTranslate();
  const [locale = 'en'] = useLocaleState();
  const theme = useTheme();
  const reports = [report, other].filter((r): r is HardshipReport => r !== undefined && r.buckets.length === report.buckets.length);
  reports.sort((a, b) => (a.scenario.id === 'current' ? -1 : b.scenario.id === 'current' ? 1 : 0));
  const series: ChartSeries[] = reports.map((r) => ({
    key: r.scenario.id,
    label: translate(r.scenario.id === 'current' ? 'app.stats.compare.current' : 'app.stats.compare.proposed'),
    color: r.scenario.id === 'current' ? theme.palette.primary.main : theme.palette.warning.main,
    points: r.buckets.map((b) => ({ value: b.waitFiledToEadDays.median, suppressed: b.waitFiledToEadDays.suppressed })),
  }));
  const anyPartial = report.buckets.some((b) => b.partial);
  return (
    <>
      <GroupedBarChart
        categories={report.buckets.map((b) => `${formatBucketLabel(b.label, locale)}${b.partial ? '*' : ''}`)}
        series={series}
        kind="days"
        showValues
        height={220}
        width={width}
        yLabel={translate('app.stats.chart.days')}
        ariaLabel={translate('app.stats.figures.by_bucket')}
      />
      {anyPartial && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ textAlign: 'center' }}>
          {translate('app.stats.partial_note')}
        </Typography>
      )}
    </>
  );
};

/** Per year or quarter: the key figures in a table. */
export const BucketTable = ({ report }: { report: HardshipReport }) => {
  const translate = useTranslate();
  const [locale = 'en'] = useLocaleState();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="bucket-table" sx={{ '& td, & th': { px: 1, py: 0.5 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.stats.measures.period')}</TableCell>
            <TableCell align="right">{translate('app.stats.buckets.clients')}</TableCell>
            <TableCell align="right">{translate('app.stats.buckets.median_wait')}</TableCell>
            <TableCell align="right">{translate('app.stats.buckets.p90_wait')}</TableCell>
            <TableCell align="right">{translate('app.stats.buckets.still_waiting')}</TableCell>
            <TableCell align="right">{translate('app.stats.buckets.homeless')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.buckets.map((bucket) => (
            <TableRow key={bucket.label} data-bucket={bucket.label}>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                {formatBucketLabel(bucket.label, locale)}
                {bucket.partial && (
                  <Typography component="span" variant="caption" color="text.secondary">
                    {` (${translate('app.stats.partial')})`}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">
                <Value value={bucket.clients.count} suppressed={bucket.clients.suppressed} kind="count" cell />
              </TableCell>
              <TableCell align="right">
                <Value value={bucket.waitFiledToEadDays.median} suppressed={bucket.waitFiledToEadDays.suppressed} kind="days" cell />
              </TableCell>
              <TableCell align="right">
                <Value value={bucket.waitFiledToEadDays.p90} suppressed={bucket.waitFiledToEadDays.suppressed} kind="days" cell />
              </TableCell>
              <TableCell align="right">
                <Value value={bucket.stillWaiting.count} suppressed={bucket.stillWaiting.suppressed} kind="count" cell />
              </TableCell>
              <TableCell align="right">
                <Value value={bucket.everHomelessDuringWait.share} suppressed={bucket.everHomelessDuringWait.suppressed} kind="share" cell />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** Four headline numbers. */
const Headline = ({ report }: { report: HardshipReport }) => {
  const translate = useTranslate();
  const tiles = [
    {
      figure: 'clients',
      label: translate('app.stats.figures.clients'),
      value: <Value value={report.clients.count} suppressed={report.clients.suppressed} kind="count" />,
    },
    {
      figure: 'waitFiledToEadDays',
      label: `${translate('app.stats.figures.wait_filed_short')}: ${translate('app.stats.measures.median').toLowerCase()}, ${translate('app.stats.measures.days')}${
        report.scenario.id === 'current' ? '' : ` (${translate('app.stats.projected')})`
      }`,
      value: <Value value={report.waitFiledToEadDays.median} suppressed={report.waitFiledToEadDays.suppressed} kind="days" />,
    },
    {
      figure: 'stillWaiting',
      label: translate('app.stats.figures.still_waiting'),
      value: <Value value={report.stillWaiting.count} suppressed={report.stillWaiting.suppressed} kind="count" />,
    },
    {
      figure: 'everHomelessDuringWait',
      label: translate('app.stats.figures.ever_homeless'),
      value: <Value value={report.everHomelessDuringWait.share} suppressed={report.everHomelessDuringWait.suppressed} kind="share" />,
    },
    {
      figure: 'waitedPastRule',
      label: translate('app.stats.figures.waited_past_rule_hint', { days: report.rules.current.earliestGrantDays }),
      value: <Value value={report.waitedPastRule.count} suppressed={report.waitedPastRule.suppressed} kind="count" />,
    },
    {
      figure: 'personMonthsWithoutWork',
      label: translate('app.stats.figures.person_months'),
      value: <Value value={report.personMonthsWithoutWork.total} suppressed={report.personMonthsWithoutWork.suppressed} kind="count" />,
    },
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', lg: 'repeat(3, 1fr)' }, gap: 2 }} data-testid="headline">
      {tiles.map((tile) => (
        <Card key={tile.figure} variant="outlined" data-headline={tile.figure}>
          <CardContent>
            <BigValue label={tile.label}>{tile.value}</BigValue>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
};

/** Every figure of one report, in cards. */
export const StatsFigures = ({ report, current, proposed }: { report: HardshipReport; current?: HardshipReport; proposed?: HardshipReport }) => {
  const translate = useTranslate();
  const labels = useKeyLabels();
  const other = report.scenario.id === 'current' ? proposed : current;
  // Wait figures under the proposed rule are a projection: their titles say so.
  const projected = (title: string) => (report.scenario.id === 'current' ? title : `${title} (${translate('app.stats.projected')})`);
  return (
    <Stack spacing={2}>
      <Headline report={report} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, gap: 2, alignItems: 'start' }}>
        <StatCard figure="waitFiledToEadDays" title={projected(translate('app.stats.figures.wait_filed'))} hint={translate('app.stats.figures.wait_filed_hint')}>
          <DistributionView figure={report.waitFiledToEadDays} unitLabel={translate('app.stats.measures.days')} />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2, mb: 0.5 }}>
            {translate('app.stats.figures.histogram')}
          </Typography>
          <WaitHistogram histogram={report.waitFiledToEadDays.histogram} />
        </StatCard>
        <StatCard figure="scenarioComparison" title={translate('app.stats.compare.title')} hint={translate('app.stats.compare.hint')}>
          {current && proposed ? (
            <ScenarioComparison current={current.waitFiledToEadDays} proposed={proposed.waitFiledToEadDays} />
          ) : (
            <LinearProgress />
          )}
        </StatCard>
        {report.buckets.length > 0 && (
          <Box sx={{ gridColumn: '1 / -1' }}>
            <StatCard figure="buckets" title={translate(report.split === 'year' ? 'app.stats.buckets.title_year' : 'app.stats.buckets.title_quarter')}>
              <Stack spacing={2}>
                <Box>
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
                    {translate('app.stats.figures.by_bucket')}
                  </Typography>
                  <BucketChart report={report} other={other} />
                </Box>
                <BucketTable report={report} />
              </Stack>
            </StatCard>
          </Box>
        )}
        <StatCard figure="waitArrivalToEadDays" title={projected(translate('app.stats.figures.wait_arrival'))} hint={translate('app.stats.figures.wait_arrival_hint')}>
          <DistributionView figure={report.waitArrivalToEadDays} unitLabel={translate('app.stats.measures.days')} />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2, mb: 0.5 }}>
            {translate('app.stats.figures.histogram')}
          </Typography>
          <WaitHistogram histogram={report.waitArrivalToEadDays.histogram} />
        </StatCard>
        <Stack spacing={2}>
          <StatCard figure="stillWaiting" title={translate('app.stats.figures.still_waiting')} hint={translate('app.stats.figures.still_waiting_hint')}>
            <Stack direction="row" spacing={4}>
              <BigValue label={translate('app.stats.measures.count')} measure="count">
                <Value value={report.stillWaiting.count} suppressed={report.stillWaiting.suppressed} kind="count" />
              </BigValue>
              {!report.stillWaiting.suppressed && (
                <BigValue label={translate('app.stats.measures.median_so_far')} measure="medianDaysSoFar">
                  <Value value={report.stillWaiting.medianDaysSoFar} suppressed={false} kind="days" />
                </BigValue>
              )}
            </Stack>
          </StatCard>
          <StatCard figure="clockStops" title={translate('app.stats.figures.clock_stops')} hint={translate('app.stats.figures.clock_stops_hint')}>
            <ShareRow name="clockStops" label={translate('app.stats.figures.clock_stops')} figure={report.clockStops} />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5, mb: 0.5 }}>
              {translate('app.stats.figures.days_lost')}
            </Typography>
            <DistributionView figure={report.daysLostToStops} unitLabel={translate('app.stats.measures.days')} />
          </StatCard>
        </Stack>
        <StatCard figure="housing" title={translate('app.stats.figures.housing')} hint={translate('app.stats.figures.housing_hint')}>
          <ShareRow name="everHomelessDuringWait" label={translate('app.stats.figures.ever_homeless')} figure={report.everHomelessDuringWait} />
          <ShareRow name="unshelteredDuringWait" label={translate('app.stats.figures.unsheltered')} figure={report.unshelteredDuringWait} />
          <ShareRow name="shelterDuringWait" label={translate('app.stats.figures.shelter')} figure={report.shelterDuringWait} />
          <ShareRow name="hostPlacementDuringWait" label={translate('app.stats.figures.host_placement')} figure={report.hostPlacementDuringWait} />
          <Typography variant="body2" sx={{ mt: 2, fontWeight: 600 }}>
            {translate('app.stats.figures.housing_table')}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('app.stats.figures.housing_table_hint')}
          </Typography>
          <TableView name="housingDuringWait" table={report.housingDuringWait} labelOf={labels.housing} />
        </StatCard>
        <StatCard figure="supportNeeds" title={translate('app.stats.figures.support_needs')} hint={translate('app.stats.figures.support_needs_hint')}>
          <TableView name="supportNeeds" table={report.supportNeeds} labelOf={labels.need} />
        </StatCard>
        <StatCard figure="qualifications" title={translate('app.stats.figures.qualifications')}>
          <ShareRow name="advancedDegree" label={translate('app.stats.figures.advanced_degree')} figure={report.advancedDegree} />
          <ShareRow name="workingEnglish" label={translate('app.stats.figures.working_english')} figure={report.workingEnglish} />
          <Typography variant="body2" sx={{ mt: 2, fontWeight: 600 }}>
            {translate('app.stats.figures.professions')}
          </Typography>
          <TableView name="topProfessions" table={report.topProfessions} labelOf={labels.profession} dense />
        </StatCard>
        <StatCard figure="outcomes" title={translate('app.stats.figures.outcomes')}>
          <TableView name="outcomes" table={report.outcomes} labelOf={labels.outcome} />
        </StatCard>
      </Box>
    </Stack>
  );
};

/**
 * The statistics dashboard: filters in the URL, the anonymity note, every figure, and the way to the
 * CSV and the printable report. Also the director's home page (`embedded`: the home keeps its title).
 */
const StatsDashboard = ({ embedded = false }: { embedded?: boolean }) => {
  const translate = useTranslate();
  const [query, setQuery] = useStatsQuery();
  const { main, current, proposed } = useScenarioPair(query);
  const report = main.data;
  return (
    <Stack spacing={2} sx={{ mt: embedded ? 0 : 2, mb: 4 }} component="section" aria-label={translate('app.stats.title')} data-testid="stats-dashboard" data-embedded={embedded}>
      {!embedded && <Title title="app.stats.title" />}
      <Box>
        <Typography variant="h5" component="h1">
          {translate('app.stats.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.stats.intro')}
        </Typography>
      </Box>
      <Card variant="outlined">
        <CardContent>
          <StatsFilters query={query} onChange={setQuery} />
        </CardContent>
      </Card>
      {main.isFetching && <LinearProgress />}
      {main.error && <Alert severity="error">{translate('app.stats.load_error', { message: main.error.message })}</Alert>}
      {report && (
        <MinCellContext.Provider value={report.anonymity.minCell}>
          <AnonymityNote report={report} />
          {report.scenario.id !== 'current' && (
            <Alert severity="warning" data-testid="projection-note">
              {translate('app.stats.projection')}
            </Alert>
          )}
          <StatsFigures report={report} current={current} proposed={proposed} />
        </MinCellContext.Provider>
      )}
    </Stack>
  );
};

export default StatsDashboard;

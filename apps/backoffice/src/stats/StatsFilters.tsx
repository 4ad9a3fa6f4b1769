import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import TableViewIcon from '@mui/icons-material/TableView';
import PrintIcon from '@mui/icons-material/Print';
import { MenuItem, Stack, TextField } from '@mui/material';
import { Button, LinkBase, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { formatQuarter } from './format';
import { quarterChoices, SCENARIOS, scenarioKey, SPLITS, statsSearch, type StatsQuery } from './query';
import type { StatsScenario, StatsSplit } from './types';
import { saveBlob, saveTextFile } from './useStats';

/** A calendar quarter picker: the API publishes whole quarters only. `edge` says which month it reports. */
const QuarterField = ({ label, value, onChange, name, edge }: { label: string; value: string; onChange: (month: string) => void; name: string; edge: 'from' | 'to' }) => {
  const [locale = 'en'] = useLocaleState();
  const choices = quarterChoices();
  return (
    <TextField
      select
      name={name}
      label={label}
      size="small"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      fullWidth={false}
      sx={{ width: 170 }}
    >
      {choices.map((q) => (
        <MenuItem key={q[edge]} value={q[edge]}>
          {formatQuarter(q.from, locale)}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** Downloads the CSV through the app's HTTP client (the token goes in a header, never in a link), headers in the UI language. */
export const CsvButton = ({ query }: { query: StatsQuery }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [locale = 'en'] = useLocaleState();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { csv, filename } = await dataProvider.getHardshipCsv(query, locale);
      saveTextFile(csv, filename ?? `hardship-${query.from}-${query.to}.csv`, 'text/csv;charset=utf-8');
    } catch {
      notify('app.stats.actions.csv_failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="app.stats.actions.csv" variant="outlined" disabled={busy} onClick={() => void download()}>
      <DownloadIcon />
    </Button>
  );
};

/** Downloads the workbook (one sheet per table), sheet and column names in the UI language. */
export const XlsxButton = ({ query }: { query: StatsQuery }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [locale = 'en'] = useLocaleState();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { blob, filename } = await dataProvider.getHardshipXlsx(query, locale);
      saveBlob(blob, filename ?? `hardship-${query.from}-${query.to}.xlsx`);
    } catch {
      notify('app.stats.actions.xlsx_failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="app.stats.actions.xlsx" variant="outlined" disabled={busy} onClick={() => void download()}>
      <TableViewIcon />
    </Button>
  );
};

/** Period, breakdown and rule, kept in the URL; plus the CSV and the printable report of the same query. */
export const StatsFilters = ({ query, onChange }: { query: StatsQuery; onChange: (patch: Partial<StatsQuery>) => void }) => {
  const translate = useTranslate();
  return (
    <Stack
      component="form"
      role="search"
      aria-label={translate('app.stats.filters.label')}
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center' }}
      onSubmit={(event) => event.preventDefault()}
    >
      <QuarterField name="from" edge="from" label={translate('app.stats.filters.from')} value={query.from} onChange={(from) => onChange({ from })} />
      <QuarterField name="to" edge="to" label={translate('app.stats.filters.to')} value={query.to} onChange={(to) => onChange({ to })} />
      <TextField
        select
        fullWidth={false}
        size="small"
        name="split"
        label={translate('app.stats.filters.split')}
        value={query.split ?? 'none'}
        onChange={(event) => onChange({ split: event.target.value === 'none' ? null : (event.target.value as StatsSplit) })}
        sx={{ minWidth: 160 }}
      >
        <MenuItem value="none">{translate('app.stats.split.none')}</MenuItem>
        {SPLITS.map((split) => (
          <MenuItem key={split} value={split}>
            {translate(`app.stats.split.${split}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        fullWidth={false}
        size="small"
        name="scenario"
        label={translate('app.stats.filters.scenario')}
        value={query.scenario}
        onChange={(event) => onChange({ scenario: event.target.value as StatsScenario })}
        sx={{ minWidth: 280 }}
      >
        {SCENARIOS.map((scenario) => (
          <MenuItem key={scenario} value={scenario}>
            {translate(`app.stats.scenario.${scenarioKey(scenario)}`)}
          </MenuItem>
        ))}
      </TextField>
      <Stack direction="row" spacing={1} sx={{ ml: { md: 'auto' } }}>
        <CsvButton query={query} />
        <XlsxButton query={query} />
        <Button label="app.stats.actions.report" variant="contained" component={LinkBase} to={{ pathname: '/stats/report', search: `?${statsSearch(query)}` }}>
          <PrintIcon />
        </Button>
      </Stack>
    </Stack>
  );
};

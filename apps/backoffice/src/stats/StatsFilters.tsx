import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { MenuItem, Stack, TextField } from '@mui/material';
import { Button, LinkBase, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { isMonth, SCENARIOS, scenarioKey, SPLITS, statsSearch, type StatsQuery } from './query';
import type { StatsScenario, StatsSplit } from './types';
import { saveTextFile } from './useStats';

/** A month field that reports only complete, valid months (a half-typed year must not reload the report). */
const MonthField = ({ label, value, onChange, name }: { label: string; value: string; onChange: (month: string) => void; name: string }) => {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // Follow the URL when it changes from elsewhere (back button, another filter).
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  return (
    <TextField
      type="month"
      name={name}
      label={label}
      size="small"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        if (isMonth(event.target.value)) onChange(event.target.value);
      }}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: '1980-01', max: '2100-12', placeholder: 'YYYY-MM' } }}
      fullWidth={false}
      sx={{ width: 180 }}
    />
  );
};

/** Downloads the CSV through the app's HTTP client (the token goes in a header, never in a link). */
export const CsvButton = ({ query }: { query: StatsQuery }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { csv, filename } = await dataProvider.getHardshipCsv(query);
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
      <MonthField name="from" label={translate('app.stats.filters.from')} value={query.from} onChange={(from) => onChange({ from })} />
      <MonthField name="to" label={translate('app.stats.filters.to')} value={query.to} onChange={(to) => onChange({ to })} />
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
        <Button label="app.stats.actions.report" variant="contained" component={LinkBase} to={{ pathname: '/stats/report', search: `?${statsSearch(query)}` }}>
          <PrintIcon />
        </Button>
      </Stack>
    </Stack>
  );
};

import { useContext, useId, type ReactElement } from 'react';
import { Box, Stack, Typography, useTheme } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { MinCellContext } from './figures';
import { axisTicks, formatCount, formatDays, histogramBars } from './format';
import type { TableFigure } from './types';

/**
 * Charts of the statistics screens (recharts, loaded only with them). A suppressed value is drawn as a
 * full-height hatched column labelled "suppressed" in the legend and tooltip, never as a zero or a
 * short bar that could be read as a small number. Animations are off: charts must be complete when
 * printed or captured.
 */

export interface ChartPoint {
  value: number | null;
  suppressed: boolean;
}

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  points: ChartPoint[];
}

interface GroupedBarChartProps {
  categories: string[];
  series: ChartSeries[];
  /** Axis title under the categories. */
  xLabel?: string;
  yLabel?: string;
  /** Fixed size (print); without it the chart fills its container's width. */
  width?: number;
  height?: number;
  /** Value labels above the bars (for few bars). */
  showValues?: boolean;
  kind: 'count' | 'days';
  /** The y axis reaches at least this (e.g. the minimum cell for counts). */
  minTop?: number;
  /** Show every n-th category label (many narrow bars). */
  tickInterval?: number;
  ariaLabel: string;
}

const HIDDEN = '__hidden';

/** Hatched fill for suppressed columns. */
const HatchPattern = ({ id, color }: { id: string; color: string }) => (
  <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
    <rect width="6" height="6" fill="#fafafa" />
    <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="1.5" />
  </pattern>
);

/** The legend, as HTML under the chart: readable when printed and translated like the rest. */
const ChartLegend = ({ series, hatchColor, showSuppressed }: { series: ChartSeries[]; hatchColor: string; showSuppressed: boolean }) => {
  const translate = useTranslate();
  const swatch = { width: 14, height: 14, borderRadius: 0.5, flex: 'none', printColorAdjust: 'exact' } as const;
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', justifyContent: 'center', rowGap: 0.5, mt: 0.5 }}>
      {series.map((s) => (
        <Stack key={s.key} direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          <Box sx={{ ...swatch, bgcolor: s.color }} />
          <Typography variant="caption">{s.label}</Typography>
        </Stack>
      ))}
      {showSuppressed && (
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          <Box
            sx={{
              ...swatch,
              border: 1,
              borderColor: hatchColor,
              background: `repeating-linear-gradient(45deg, #fafafa 0 3px, ${hatchColor} 3px 4.5px)`,
            }}
          />
          <Typography variant="caption">{translate('app.stats.chart.suppressed_bar')}</Typography>
        </Stack>
      )}
    </Stack>
  );
};

export const GroupedBarChart = ({
  categories,
  series,
  xLabel,
  yLabel,
  width,
  height = 220,
  showValues = false,
  kind,
  minTop = 0,
  tickInterval = 0,
  ariaLabel,
}: GroupedBarChartProps) => {
  const [locale = 'en'] = useLocaleState();
  const translate = useTranslate();
  const theme = useTheme();
  const patternId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hatchColor = theme.palette.grey[400];
  const format = (value: number) => (kind === 'days' ? formatDays(value, locale) : formatCount(value, locale));
  const shown = series.flatMap((s) => s.points.map((p) => (p.suppressed ? null : p.value))).filter((v): v is number => v !== null);
  const ticks = axisTicks(Math.max(minTop, ...shown, 1));
  const top = ticks[ticks.length - 1];
  const anySuppressed = series.some((s) => s.points.some((p) => p.suppressed));
  const data = categories.map((category, i) => {
    const row: Record<string, string | number | null> = { category };
    for (const s of series) {
      const point = s.points[i];
      row[s.key] = point && !point.suppressed ? point.value : null;
      row[`${s.key}${HIDDEN}`] = point?.suppressed ? top : null;
    }
    return row;
  });
  const labelOfKey = new Map(series.map((s) => [s.key, s.label]));
  const min = useContext(MinCellContext);
  if (shown.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }} data-suppressed="true" data-chart="empty">
        {translate('app.stats.chart.none_shown', { min })}
      </Typography>
    );
  }

  const chart = (
    <BarChart
      // recharts orders bars as they mount: a series that arrives later must not jump ahead of its legend.
      key={series.map((s) => s.key).join('|')}
      data={data}
      width={width}
      height={width ? height : undefined}
      margin={{ top: showValues ? 18 : 8, right: 8, bottom: xLabel ? 18 : 4, left: yLabel ? 12 : 0 }}
      barCategoryGap={series.length > 1 ? '18%' : categories.length > 20 ? 1 : '20%'}
    >
      <defs>
        <HatchPattern id={patternId} color={hatchColor} />
      </defs>
      <CartesianGrid vertical={false} strokeDasharray="3 3" stroke={theme.palette.divider} />
      <XAxis
        dataKey="category"
        interval={tickInterval}
        tick={{ fontSize: 11 }}
        tickLine={false}
        label={xLabel ? { value: xLabel, position: 'insideBottom', offset: -12, fontSize: 12 } : undefined}
      />
      <YAxis
        domain={[0, top]}
        ticks={ticks}
        allowDecimals={false}
        tick={{ fontSize: 11 }}
        width={44}
        tickFormatter={(value: number) => format(value)}
        label={yLabel ? { value: yLabel, angle: -90, position: 'insideLeft', offset: 4, fontSize: 12, style: { textAnchor: 'middle' } } : undefined}
      />
      <Tooltip
        cursor={{ fill: theme.palette.action.hover }}
        formatter={(value, name) => {
          const key = String(name);
          if (key.endsWith(HIDDEN)) return [translate('app.stats.chart.suppressed_bar'), labelOfKey.get(key.slice(0, -HIDDEN.length)) ?? ''];
          return [typeof value === 'number' ? format(value) : String(value ?? ''), labelOfKey.get(key) ?? key];
        }}
      />
      {series.flatMap((s) => [
        <Bar key={s.key} dataKey={s.key} name={s.key} stackId={s.key} fill={s.color} maxBarSize={56} isAnimationActive={false}>
          {showValues && <LabelList dataKey={s.key} position="top" fontSize={11} formatter={(value: unknown) => (typeof value === 'number' ? format(value) : '')} />}
        </Bar>,
        <Bar key={`${s.key}${HIDDEN}`} dataKey={`${s.key}${HIDDEN}`} name={`${s.key}${HIDDEN}`} stackId={s.key} fill={`url(#${patternId})`} maxBarSize={56} isAnimationActive={false} />,
      ])}
    </BarChart>
  );

  return (
    <Box component="figure" aria-label={ariaLabel} sx={{ m: 0, breakInside: 'avoid', width: width ?? '100%' }} data-chart>
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {chart as ReactElement}
        </ResponsiveContainer>
      )}
      <ChartLegend series={series} hatchColor={hatchColor} showSuppressed={anySuppressed} />
    </Box>
  );
};

/** People by whole months waited, in bins (0–3 … 18+); suppressed bins hatched. */
export const WaitHistogram = ({ histogram, width, height = 200 }: { histogram: TableFigure; width?: number; height?: number }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const min = useContext(MinCellContext);
  const bars = histogramBars(histogram);
  const shown = bars.filter((bar) => !bar.suppressed).length;
  // A chart of hatching alone says nothing: say it in words.
  if (shown === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }} data-suppressed="true" data-chart="empty">
        {translate('app.stats.chart.all_suppressed', { min })}
      </Typography>
    );
  }
  return (
    <GroupedBarChart
      categories={bars.map((bar) => bar.key.replace('-', '–'))}
      series={[
        {
          key: 'people',
          label: translate('app.stats.chart.people'),
          color: theme.palette.primary.main,
          points: bars.map((bar) => ({ value: bar.count, suppressed: bar.suppressed })),
        },
      ]}
      xLabel={translate('app.stats.chart.months_waited')}
      kind="count"
      minTop={min}
      tickInterval={bars.length > 12 ? 5 : 0}
      width={width}
      height={height}
      ariaLabel={`${translate('app.stats.figures.histogram')}. ${translate('app.stats.chart.summary', { shown, total: bars.length })}`}
    />
  );
};

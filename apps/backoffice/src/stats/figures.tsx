import { createContext, useContext, type ReactNode } from 'react';
import VisibilityOffOutlinedIcon from '@mui/icons-material/VisibilityOffOutlined';
import { Box, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCount, formatDays, formatShare } from './format';
import type { DistributionFigure, ShareFigure, TableFigure } from './types';

/** The report's minimum cell size, for the "suppressed (fewer than N people)" labels. */
export const MinCellContext = createContext<number>(11);

/** A figure the server withheld. Never a zero: says why, in words. */
export const Suppressed = ({ cell = false }: { cell?: boolean }) => {
  const translate = useTranslate();
  const min = useContext(MinCellContext);
  return (
    <Box
      component="span"
      data-suppressed="true"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'text.secondary', fontStyle: 'italic', fontSize: cell ? undefined : '0.95rem' }}
    >
      <VisibilityOffOutlinedIcon sx={{ fontSize: '1em' }} aria-hidden />
      {cell ? translate('app.stats.suppressed_cell') : translate('app.stats.suppressed', { min })}
    </Box>
  );
};

type Kind = 'count' | 'days' | 'share';

/** One number in the UI language, or the suppressed label, or a dash when the API has no value. */
export const Value = ({ value, suppressed, kind, cell = false }: { value: number | null | undefined; suppressed: boolean; kind: Kind; cell?: boolean }) => {
  const [locale = 'en'] = useLocaleState();
  const translate = useTranslate();
  if (suppressed) return <Suppressed cell={cell} />;
  if (value === null || value === undefined) return <span>{translate('app.common.none')}</span>;
  const text = kind === 'share' ? formatShare(value, locale) : kind === 'days' ? formatDays(value, locale) : formatCount(value, locale);
  return <span data-value={value}>{text}</span>;
};

/** A titled card; `figure` names the API figure, for tests and for the reader's orientation. */
export const StatCard = ({ title, hint, figure, children, wide = false }: { title: string; hint?: string; figure: string; children: ReactNode; wide?: boolean }) => (
  <Card
    variant="outlined"
    component="section"
    aria-label={title}
    data-figure={figure}
    sx={{ gridColumn: wide ? { xs: 'auto', md: 'span 2' } : undefined, breakInside: 'avoid' }}
  >
    <CardContent>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
        {title}
      </Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      )}
      <Box sx={{ mt: 1.5 }}>{children}</Box>
    </CardContent>
  </Card>
);

/** A large number with a label under it. */
export const BigValue = ({ label, children, measure }: { label: string; children: ReactNode; measure?: string }) => (
  <Box data-measure={measure}>
    <Typography component="div" sx={{ fontSize: '1.9rem', fontWeight: 600, lineHeight: 1.2, '& [data-suppressed]': { fontSize: '1rem', fontWeight: 400 } }}>
      {children}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </Box>
);

/** Median in large type, then the quartiles, the 90th percentile and the number of people. */
export const DistributionView = ({ figure, unitLabel }: { figure: DistributionFigure; unitLabel?: string }) => {
  const translate = useTranslate();
  if (figure.suppressed) {
    return (
      <Box data-measure="median">
        <Suppressed />
      </Box>
    );
  }
  const rows: [string, keyof DistributionFigure, Kind][] = [
    ['p25', 'p25', 'days'],
    ['p75', 'p75', 'days'],
    ['p90', 'p90', 'days'],
    ['n', 'n', 'count'],
  ];
  return (
    <Stack direction="row" spacing={3} sx={{ alignItems: 'flex-end', flexWrap: 'wrap', rowGap: 1 }}>
      <BigValue label={`${translate('app.stats.measures.median')}${unitLabel ? `, ${unitLabel}` : ''}`} measure="median">
        <Value value={figure.median} suppressed={false} kind="days" />
      </BigValue>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto auto', columnGap: 1.5, rowGap: 0.25, m: 0 }}>
        {rows.map(([key, field, kind]) => (
          <Box key={key} sx={{ display: 'contents' }} data-measure={key}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {translate(`app.stats.measures.${key}`)}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 500, textAlign: 'right' }}>
              <Value value={figure[field] as number | null} suppressed={false} kind={kind} />
            </Typography>
          </Box>
        ))}
      </Box>
    </Stack>
  );
};

/** A thin horizontal bar for a share, behind its number. */
const ShareBar = ({ share }: { share: number | null }) => (
  <Box sx={{ height: 6, bgcolor: 'action.hover', borderRadius: 1, overflow: 'hidden', my: 0.5, printColorAdjust: 'exact' }} aria-hidden>
    <Box sx={{ height: '100%', width: `${Math.round((share ?? 0) * 100)}%`, bgcolor: 'primary.main', '@media print': { printColorAdjust: 'exact' } }} />
  </Box>
);

/** A share of all clients counted: "31% · 50 people", or the suppressed label. */
export const ShareRow = ({ label, figure, name }: { label: string; figure: ShareFigure; name: string }) => {
  const translate = useTranslate();
  return (
    <Box data-figure={name} sx={{ py: 0.75 }}>
      <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography variant="body2">{label}</Typography>
        <Typography variant="body2" component="div" sx={{ whiteSpace: 'nowrap', fontWeight: figure.suppressed ? 400 : 600 }}>
          {figure.suppressed ? (
            <Suppressed />
          ) : (
            <>
              <Value value={figure.share} suppressed={false} kind="share" />
              <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
                {' · '}
                <Value value={figure.count} suppressed={false} kind="count" /> {translate('app.stats.measures.count').toLowerCase()}
              </Box>
            </>
          )}
        </Typography>
      </Stack>
      {!figure.suppressed && <ShareBar share={figure.share} />}
    </Box>
  );
};

/** A frequency table from the API: each cell a rounded count and share, or suppressed; the total when given. */
export const TableView = ({ table, labelOf, name, dense = false }: { table: TableFigure; labelOf: (key: string) => string; name: string; dense?: boolean }) => {
  const translate = useTranslate();
  const min = useContext(MinCellContext);
  const anySuppressed = table.cells.some((cell) => cell.suppressed) || table.total?.suppressed;
  return (
    <Box data-table={name}>
      <Table size="small" sx={{ '& td, & th': { px: 1, py: dense ? 0.25 : 0.5 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.stats.measures.category')}</TableCell>
            <TableCell align="right">{translate('app.stats.measures.count')}</TableCell>
            <TableCell align="right" sx={{ width: dense ? undefined : '35%' }}>
              {translate('app.stats.measures.share')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {table.cells.map((cell) => (
            <TableRow key={cell.key} data-key={cell.key}>
              <TableCell>{labelOf(cell.key)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Value value={cell.count} suppressed={cell.suppressed} kind="count" cell />
              </TableCell>
              <TableCell align="right">
                {cell.suppressed ? null : (
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
                    {!dense && (
                      <Box sx={{ flex: 1, maxWidth: 120 }}>
                        <ShareBar share={cell.share} />
                      </Box>
                    )}
                    <Box component="span" sx={{ minWidth: 36 }}>
                      <Value value={cell.share} suppressed={false} kind="share" />
                    </Box>
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          ))}
          {table.total && (
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{translate('app.stats.measures.total')}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                <Value value={table.total.count} suppressed={table.total.suppressed} kind="count" cell />
              </TableCell>
              <TableCell />
            </TableRow>
          )}
        </TableBody>
      </Table>
      {anySuppressed && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          {translate('app.stats.suppressed_cells_note', { min })}
        </Typography>
      )}
    </Box>
  );
};

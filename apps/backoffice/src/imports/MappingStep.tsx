import { Alert, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Button, useGetList, useTranslate } from 'react-admin';
import { DATE_ORDERS, type DateOrder, IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportPreview } from '@ct/contracts';

export interface MappingState {
  mapping: ImportMapping;
  dateOrder: DateOrder;
  sheet: string | null;
  caseworkerId: string | null;
}

/** Step 2: one line per column with its title, first values and the field it goes to. */
export const MappingStep = ({
  preview,
  state,
  onChange,
  onSheet,
  onCheck,
  checking,
  isAdmin,
}: {
  preview: ImportPreview;
  state: MappingState;
  onChange: (next: MappingState) => void;
  onSheet: (sheet: string) => void;
  onCheck: () => void;
  checking: boolean;
  isAdmin: boolean;
}) => {
  const translate = useTranslate();
  const { data: caseworkers } = useGetList<{ id: string; displayName: string }>('caseworkers', { pagination: { page: 1, perPage: 200 }, sort: { field: 'displayName', order: 'ASC' } }, { enabled: isAdmin });
  const mapped = new Set(Object.values(state.mapping));
  const complete = mapped.has('firstName') && mapped.has('lastName');
  const setField = (column: number, field: ImportField | '') => {
    const mapping: ImportMapping = {};
    for (const [key, value] of Object.entries(state.mapping)) if (key !== String(column) && value !== field) mapping[key] = value;
    if (field) mapping[String(column)] = field;
    onChange({ ...state, mapping });
  };
  return (
    <Stack spacing={2}>
      <Typography variant="body2">{translate('app.imports.mapping.intro')}</Typography>
      {preview.remembered && <Alert severity="info">{translate('app.imports.mapping.remembered')}</Alert>}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {preview.sheets.length > 1 && (
          <TextField select size="small" label={translate('app.imports.mapping.sheet')} value={state.sheet ?? ''} onChange={(e) => onSheet(e.target.value)} sx={{ minWidth: 200 }}>
            {preview.sheets.map((s) => (
              <MenuItem key={s} value={s}>
                {s}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField select size="small" name="dateOrder" label={translate('app.imports.mapping.date_order')} value={state.dateOrder} onChange={(e) => onChange({ ...state, dateOrder: e.target.value as DateOrder })} sx={{ minWidth: 260 }}>
          {DATE_ORDERS.map((o) => (
            <MenuItem key={o} value={o}>
              {translate(`app.imports.date_orders.${o}`)}
            </MenuItem>
          ))}
        </TextField>
        {isAdmin && (
          <TextField select size="small" name="caseworkerId" label={translate('app.imports.upload.caseload')} value={state.caseworkerId ?? ''} onChange={(e) => onChange({ ...state, caseworkerId: e.target.value || null })} sx={{ minWidth: 260 }}>
            <MenuItem value="">{translate('app.imports.upload.unassigned')}</MenuItem>
            {(caseworkers ?? []).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.displayName}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
      {!isAdmin && <Typography variant="body2">{translate('app.imports.upload.own_caseload')}</Typography>}
      <Table size="small" aria-label={translate('app.imports.steps.mapping')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.imports.mapping.column')}</TableCell>
            <TableCell>{translate('app.imports.mapping.sample')}</TableCell>
            <TableCell>{translate('app.imports.mapping.field')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.headers.map((title, column) => (
            <TableRow key={column}>
              <TableCell>{title || `#${column + 1}`}</TableCell>
              <TableCell sx={{ color: 'text.secondary', maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {preview.sample
                  .map((row) => row[column])
                  .filter(Boolean)
                  .slice(0, 2)
                  .join(' · ')}
              </TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  value={state.mapping[String(column)] ?? ''}
                  onChange={(e) => setField(column, e.target.value as ImportField | '')}
                  slotProps={{ htmlInput: { 'aria-label': `${translate('app.imports.mapping.field')}: ${title || column + 1}`, 'data-column': column } }}
                  sx={{ minWidth: 240 }}
                >
                  <MenuItem value="">
                    <em>{translate('app.imports.mapping.ignore')}</em>
                  </MenuItem>
                  {IMPORT_FIELDS.map((f) => (
                    <MenuItem key={f} value={f}>
                      {translate(`app.imports.fields.${f}`)}
                    </MenuItem>
                  ))}
                </TextField>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!complete && <Alert severity="warning">{translate('app.imports.mapping.required')}</Alert>}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" label={checking ? 'app.imports.mapping.checking' : 'app.imports.mapping.check'} disabled={!complete || checking} onClick={onCheck} />
        <Typography variant="body2">{translate('app.imports.mapping.rows', { smart_count: preview.rowCount })}</Typography>
      </Stack>
    </Stack>
  );
};

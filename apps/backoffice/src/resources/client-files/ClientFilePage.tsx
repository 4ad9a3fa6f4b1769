import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, ShowBase, Title, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ClientFile } from '@ct/contracts';
import { clientLabel } from '../../common/client-name';
import { enumKey } from '../../common/choices';
import { formatDay } from '../../common/days';
import { ComputedDates } from '../clients/show/ComputedDates';

/** Print: only the file; the app bar, the menu and the buttons go; sections are not cut across pages. */
const PRINT_CSS = `
@page { margin: 14mm; }
@media print {
  html, body { background: #fff !important; }
  .MuiAppBar-root, .RaLayout-contentWithSidebar > .MuiDrawer-root, .RaSidebar-docked, [data-print="hide"] { display: none !important; }
  .RaLayout-appFrame { margin-top: 0 !important; }
  .RaLayout-contentWithSidebar, .RaLayout-content { padding: 0 !important; margin: 0 !important; background: #fff !important; }
  [data-print="keep"] { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  [data-testid="client-file"] { max-width: none !important; font-size: 10.5pt; }
}
`;

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={translate(title)} sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1, borderBottom: 1, borderColor: 'divider' }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

/** Rows of label → value; empty values are left out. */
const Facts = ({ rows }: { rows: [string, ReactNode][] }) => {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableBody>
        {rows
          .filter(([, value]) => value !== null && value !== undefined && value !== '')
          .map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row" sx={{ width: '35%', color: 'text.secondary' }}>
                {translate(label)}
              </TableCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
      </TableBody>
    </Table>
  );
};

const Lines = ({ headers, rows }: { headers: string[]; rows: ReactNode[][] }) => {
  const translate = useTranslate();
  if (rows.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.client_file.none')}
      </Typography>
    );
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {headers.map((h) => (
            <TableCell key={h}>{translate(h)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((cells, i) => (
          <TableRow key={i} data-print="keep">
            {cells.map((cell, j) => (
              <TableCell key={j} sx={{ whiteSpace: j === cells.length - 1 ? 'pre-wrap' : undefined, verticalAlign: 'top' }}>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

function download(file: ClientFile): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  // The pseudonymous code, never the name, in the file name.
  link.download = `client-file-${file.client.code}-${file.generatedOn}.json`;
  link.click();
  URL.revokeObjectURL(url);
}

const FileBody = () => {
  const file = useRecordContext<ClientFile & { id: string }>();
  const translate = useTranslate();
  const [locale = 'en'] = useLocaleState();
  if (!file) return <LinearProgress />;
  const day = (d: string | null | undefined) => (d ? formatDay(d, locale) : '');
  const enumLabel = (group: string, value: string | null) => (value ? translate(enumKey(group, value), { _: value }) : '');
  const c = file.client;
  return (
    <Box data-testid="client-file" sx={{ maxWidth: 900, mx: 'auto', p: { xs: 1, sm: 3 } }}>
      <Title title={translate('app.client_file.title')} />
      <GlobalStyles styles={PRINT_CSS} />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', mb: 2 }} data-print="hide">
        <Button label="app.client_file.download_json" onClick={() => download(file)} variant="outlined">
          <DownloadIcon />
        </Button>
        <Button label="app.client_file.print" onClick={() => window.print()} variant="contained">
          <PrintIcon />
        </Button>
      </Stack>
      <Typography variant="h4" component="h1" sx={{ fontWeight: 600 }}>
        {translate('app.client_file.title')}: {clientLabel(c)}
      </Typography>
      <Typography variant="subtitle1">{translate('app.client_file.subtitle', { name: clientLabel(c), date: formatDay(file.generatedOn, locale, 'long') })}</Typography>
      <Typography variant="body2" sx={{ mt: 1, fontWeight: 600, color: 'warning.dark' }}>
        {translate('app.client_file.confidential')}
      </Typography>

      <Section title="app.client_file.identity">
        <Facts
          rows={[
            ['resources.clients.fields.firstName', c.firstName],
            ['resources.clients.fields.lastName', c.lastName],
            ['resources.clients.fields.aNumber', c.aNumber ? `A${c.aNumber}` : null],
            ['resources.clients.fields.dateOfBirth', day(c.dateOfBirth)],
            ['resources.clients.fields.email', c.email],
            ['resources.clients.fields.phone', c.phone],
            ['resources.clients.fields.lastArrivalOn', day(c.lastArrivalOn)],
            ['resources.clients.fields.languages', c.languages.join(', ')],
            ['resources.clients.fields.code', c.code],
          ]}
        />
      </Section>

      <Section title="app.client_file.cases">
        {file.cases.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.client_file.none')}
          </Typography>
        )}
        {file.cases.map((k) => (
          <Box key={k.id} sx={{ mb: 2 }}>
            <Facts
              rows={[
                ['resources.cases.fields.kind', enumLabel('case_kinds', k.kind)],
                ['resources.cases.fields.status', enumLabel('case_statuses', k.status)],
                ['resources.cases.fields.i589ReceiptNumber', k.i589ReceiptNumber],
                ['resources.cases.fields.i765ReceiptNumber', k.i765ReceiptNumber],
                ['resources.cases.fields.judgeDeadlineOn', day(k.judgeDeadlineOn)],
              ]}
            />
            <Box sx={{ mt: 1 }}>
              <ComputedDates kase={k} />
            </Box>
          </Box>
        ))}
      </Section>

      <Section title="app.client_file.milestones">
        <Lines
          headers={['resources.milestones.fields.date', 'resources.milestones.fields.type', 'resources.milestones.fields.note']}
          rows={file.milestones.map((m) => [day(m.date) + (m.endDate ? ` – ${day(m.endDate)}` : ''), enumLabel('milestone_types', m.type), m.note ?? ''])}
        />
      </Section>
      <Section title="app.client_file.housing">
        <Lines
          headers={['resources.housing-situations.fields.startedOn', 'resources.housing-situations.fields.category', 'resources.housing-situations.fields.note']}
          rows={file.housing.map((h) => [`${day(h.startedOn)} – ${day(h.endedOn)}`, enumLabel('housing_categories', h.category), h.note ?? ''])}
        />
      </Section>
      <Section title="app.client_file.needs">
        <Lines
          headers={['resources.support-needs.fields.openedOn', 'resources.support-needs.fields.category', 'resources.support-needs.fields.note']}
          rows={file.needs.map((n) => [`${day(n.openedOn)} – ${day(n.metOn)}`, `${enumLabel('need_categories', n.category)} (${enumLabel('urgencies', n.urgency)})`, n.note ?? ''])}
        />
      </Section>
      <Section title="app.client_file.notes">
        <Lines headers={['resources.notes.fields.createdAt', 'resources.notes.fields.body']} rows={file.notes.map((n) => [day(n.createdAt.slice(0, 10)), n.body ?? ''])} />
      </Section>
      <Section title="app.client_file.consents">
        <Lines
          headers={['resources.consents.fields.purpose', 'resources.consents.fields.givenOn', 'resources.consents.fields.granted']}
          rows={file.consents.map((k) => [
            translate(`app.consents.purposes.${k.purpose}`) + (k.detail ? ` · ${k.purpose === 'contact_channel' ? translate(`app.consents.channels.${k.detail}`, { _: k.detail }) : k.detail}` : ''),
            [day(k.givenOn), k.expiresOn ? translate('app.consents.expires_on', { date: day(k.expiresOn) }) : '', k.withdrawnOn ? translate('app.consents.withdrawn_on', { date: day(k.withdrawnOn) }) : ''].filter(Boolean).join(' · '),
            `${translate(k.granted ? 'app.consents.yes' : 'app.consents.no')} · ${translate(k.inForce ? 'app.consents.in_force' : 'app.consents.not_in_force')}`,
          ])}
        />
      </Section>
    </Box>
  );
};

/** `#/client-files/:clientId/show`: the client's whole record, printable, in the UI language, and as JSON. */
export const ClientFilePage = () => (
  <ShowBase>
    <FileBody />
  </ShowBase>
);

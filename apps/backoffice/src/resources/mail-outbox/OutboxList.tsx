import { Alert, Box } from '@mui/material';
import { DataTable, List, useRecordContext, useTranslate } from 'react-admin';
import { LocalizedDateField } from '../../common/LocalizedDateField';

interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
}

const Col = DataTable.Col<OutboxMessage>;

const Body = () => {
  const record = useRecordContext<OutboxMessage>();
  return (
    <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0 }}>
      {record?.body}
    </Box>
  );
};

const Note = () => {
  const translate = useTranslate();
  return <Alert severity="info" sx={{ mb: 1 }}>{translate('app.outbox.demo_note')}</Alert>;
};

/** Demo mode: the reminder emails the tracker would have sent, newest first; click a row to read it. */
export const OutboxList = () => (
  <>
    <Note />
    <List<OutboxMessage> sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <DataTable expand={<Body />} bulkActionButtons={false}>
        <Col source="createdAt" field={LocalizedDateField} />
        <Col source="to" disableSort />
        <Col source="subject" disableSort />
      </DataTable>
    </List>
  </>
);

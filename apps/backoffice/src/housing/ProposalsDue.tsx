import { Alert } from '@mui/material';
import { Button, Link, useCreatePath, useGetList, useTranslate } from 'react-admin';
import type { MatchRecord } from '@ct/contracts';

/** A line on the caseworker's home: how many housing proposals await their decision, linking to them. */
const ProposalsDue = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { total } = useGetList<MatchRecord>('matches', {
    filter: { status: 'proposed' },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  if (!total) return null;
  const to = `${createPath({ resource: 'matches', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ status: 'proposed' }))}`;
  return (
    <Alert
      severity="warning"
      data-testid="proposals-due"
      action={<Button label="app.housing_dashboard.review" component={Link} to={to} color="inherit" size="small" />}
    >
      {translate('app.housing_dashboard.proposals_due', { smart_count: total })}
    </Alert>
  );
};

export default ProposalsDue;

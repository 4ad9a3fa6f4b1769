import { useParams } from 'react-admin';
import StatsDashboard from './StatsDashboard';
import StatsReport from './StatsReport';

/**
 * The "stats" menu entry: `#/stats` is the dashboard, `#/stats/report` the printable report (the
 * resource's list route matches `/*`, so the rest of the path picks the view).
 */
const StatsPage = () => {
  const params = useParams();
  return params['*'] === 'report' ? <StatsReport /> : <StatsDashboard />;
};

export default StatsPage;

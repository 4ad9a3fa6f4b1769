/** The director's team screens (caseload overview, client codes); merged into `en.ts`. */
export const teamMessages = {
  app: {
    team: {
      title: 'Team caseloads',
      intro:
        'For each caseworker: clients, work-permit decisions past their due date, one-year filing deadlines within %{days} days (or missed) with no I-589 filed, and open urgent needs. Counts only: the caseworker sees who is concerned.',
      as_of: 'As of %{date}',
      load_error: 'The team overview could not be loaded.',
      unassigned: 'Not assigned',
      clients_hint: 'Clients appear under their code only. Reassign a client to balance caseloads; the caseworker sees the details.',
      columns: {
        caseworker: 'Caseworker',
        clients: 'Clients',
        decisionsOverdue: 'Permit decisions overdue',
        oneYearDeadlinesSoon: 'One-year deadlines soon',
        urgentNeedsOpen: 'Urgent needs open',
        total: 'All caseworkers',
      },
    },
  },
  resources: {
    'caseload-overview': { name: 'Team caseloads' },
  },
};

import { useNotify, useRefresh, useUpdate } from 'react-admin';
import type { MatchRecord } from '@ct/contracts';
import { useHousingErrorNotifier } from './errors';

/**
 * Sends the whole match back with a change (a new status and its date or reason, or the consent flag),
 * as the API expects; pessimistic, so a refusal (409 capacity, invalid transition) leaves the page as is.
 */
export function useMatchUpdate() {
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useHousingErrorNotifier();
  const [update, { isPending }] = useUpdate<MatchRecord>();
  const send = (match: MatchRecord, changes: Partial<MatchRecord>, doneMessage: string, onDone?: () => void) =>
    update(
      'matches',
      { id: match.id, data: { ...match, ...changes }, previousData: match },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          onDone?.();
          notify(doneMessage, { type: 'success' });
          refresh();
        },
        onError: notifyError,
      },
    );
  return { send, isPending };
}

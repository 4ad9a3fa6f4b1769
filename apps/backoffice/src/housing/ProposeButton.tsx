import SendIcon from '@mui/icons-material/Send';
import { Button, useCreate, useNotify, useRefresh } from 'react-admin';
import type { MatchRecord } from '@ct/contracts';
import { useHousingErrorNotifier } from './errors';

interface ProposeButtonProps {
  requestId: string;
  offerId: string;
  /** The message once proposed; the volunteer's and the caseworker's next steps differ. */
  doneMessage: string;
  /** Names the pair for screen readers ("Propose HR-…"). */
  ariaLabel?: string;
}

/** Creates a proposed match for one request and one offer; the server scores it again. */
export const ProposeButton = ({ requestId, offerId, doneMessage, ariaLabel }: ProposeButtonProps) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useHousingErrorNotifier();
  const [create, { isPending }] = useCreate<MatchRecord>();
  const propose = () =>
    create(
      'matches',
      { data: { requestId, offerId } },
      {
        onSuccess: () => {
          notify(doneMessage, { type: 'success' });
          refresh();
        },
        onError: notifyError,
      },
    );
  return (
    <Button label="app.housing_common.propose" onClick={propose} disabled={isPending} variant="contained" size="small" aria-label={ariaLabel}>
      <SendIcon />
    </Button>
  );
};

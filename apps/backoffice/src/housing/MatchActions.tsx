import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormHelperText, Stack, Switch } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import HomeIcon from '@mui/icons-material/Home';
import LogoutIcon from '@mui/icons-material/Logout';
import { Button, Confirm, DateInput, Form, SaveButton, SelectInput, required, useTranslate } from 'react-admin';
import type { MatchEndReason, MatchRecord } from '@ct/contracts';
import { todayIso } from '../common/days';
import { endReasonChoices } from './choices';
import { useMatchUpdate } from './useMatchUpdate';

/** Who is looking: the client's caseworker (or an admin) decides and records the stay; the host may back out. */
export type MatchViewer = 'caseworker' | 'host';

const notInFuture = (value: unknown) => (typeof value === 'string' && value > todayIso() ? 'app.matches.future_date' : undefined);

interface DateDialogProps {
  open: boolean;
  title: string;
  withReason: boolean;
  pending: boolean;
  onClose: () => void;
  onSubmit: (values: { date: string; endReason?: MatchEndReason }) => void;
}

/** Asks for the day of the move (and, when ending, why); never a future day. */
const DateDialog = ({ open, title, withReason, pending, onClose, onSubmit }: DateDialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs" aria-label={translate(title)}>
      <DialogTitle>{translate(title)}</DialogTitle>
      {open && (
        <Form record={{ date: todayIso() }} onSubmit={(values: Record<string, unknown>) => onSubmit(values as { date: string; endReason?: MatchEndReason })}>
          <DialogContent sx={{ pt: 0 }}>
            <DateInput
              source="date"
              label={withReason ? 'app.matches.endedOn' : 'app.matches.movedInOn'}
              validate={[required(), notInFuture]}
              fullWidth
            />
            {withReason && <SelectInput source="endReason" label="app.matches.endReason" choices={endReasonChoices} validate={required()} fullWidth />}
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button label="app.common.cancel" onClick={onClose} />
            <SaveButton disabled={pending} alwaysEnable={!pending} />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};

/**
 * The next steps of a match for the viewer: the caseworker accepts or declines a proposal and records the
 * move-in and the end of a stay (they write the client's housing history); either side may back out of an
 * accepted match.
 */
export const MatchActions = ({ match, viewer }: { match: MatchRecord; viewer: MatchViewer }) => {
  const { send, isPending } = useMatchUpdate();
  const [dialog, setDialog] = useState<'moved_in' | 'ended' | 'decline' | null>(null);
  const close = () => setDialog(null);
  const decisive = viewer === 'caseworker';
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      {match.status === 'proposed' && decisive && (
        <Button
          label="app.matches.accept"
          variant="contained"
          color="success"
          size="small"
          disabled={isPending}
          onClick={() => send(match, { status: 'accepted' }, 'app.matches.accepted_done')}
        >
          <CheckIcon />
        </Button>
      )}
      {((match.status === 'proposed' && decisive) || match.status === 'accepted') && (
        <Button
          label={match.status === 'accepted' && !decisive ? 'app.matches.withdraw' : 'app.matches.decline'}
          variant="outlined"
          color="error"
          size="small"
          disabled={isPending}
          onClick={() => setDialog('decline')}
        >
          <CloseIcon />
        </Button>
      )}
      {match.status === 'accepted' && decisive && (
        <Button label="app.matches.moved_in" variant="contained" size="small" disabled={isPending} onClick={() => setDialog('moved_in')}>
          <HomeIcon />
        </Button>
      )}
      {match.status === 'moved_in' && decisive && (
        <Button label="app.matches.ended" variant="outlined" size="small" disabled={isPending} onClick={() => setDialog('ended')}>
          <LogoutIcon />
        </Button>
      )}
      <Confirm
        isOpen={dialog === 'decline'}
        loading={isPending}
        title="app.matches.decline_title"
        content="app.matches.decline_content"
        confirm={match.status === 'accepted' && !decisive ? 'app.matches.withdraw' : 'app.matches.decline'}
        confirmColor="warning"
        onConfirm={() => send(match, { status: 'declined' }, 'app.matches.declined_done', close)}
        onClose={close}
      />
      <DateDialog
        open={dialog === 'moved_in'}
        title="app.matches.moved_in_title"
        withReason={false}
        pending={isPending}
        onClose={close}
        onSubmit={({ date }) => send(match, { status: 'moved_in', movedInOn: date }, 'app.matches.updated_done', close)}
      />
      <DateDialog
        open={dialog === 'ended'}
        title="app.matches.ended_title"
        withReason
        pending={isPending}
        onClose={close}
        onSubmit={({ date, endReason }) => send(match, { status: 'ended', endedOn: date, endReason: endReason ?? null }, 'app.matches.updated_done', close)}
      />
    </Stack>
  );
};

/** The caseworker records whether the client agreed to tell the host their first name. */
export const ConsentSwitch = ({ match }: { match: MatchRecord }) => {
  const translate = useTranslate();
  const { send, isPending } = useMatchUpdate();
  const editable = match.status === 'proposed' || match.status === 'accepted' || match.status === 'moved_in';
  // A declined or ended match shares nothing more: no switch to suggest otherwise.
  if (!editable) return null;
  const toggle = (checked: boolean) => send(match, { shareFirstName: checked }, checked ? 'app.matches.consent_saved' : 'app.matches.consent_withdrawn');
  return (
    <div>
      <FormControlLabel
        control={<Switch checked={match.shareFirstName} disabled={isPending} onChange={(event) => toggle(event.target.checked)} />}
        label={translate('app.matches.share_first_name')}
      />
      <FormHelperText sx={{ mt: -0.5 }}>{translate('app.matches.share_first_name_help')}</FormHelperText>
    </div>
  );
};

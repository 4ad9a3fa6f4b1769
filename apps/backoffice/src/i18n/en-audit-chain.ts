/** Audit chain integrity page (admins); merged into `en.ts`. `ru-audit-chain.ts` has exactly these keys. */
export const auditChainMessages = {
  app: {
    audit_chain: {
      title: 'Audit trail integrity',
      intro:
        'Every audit event is sealed with a hash of its content and of the event before it, so altering, removing or inserting an event breaks the chain from there on. Export a signed checkpoint now and then and keep it outside this system: checking against it also exposes someone who rewrote the whole chain with database access.',
      intact: 'Intact: %{events} events checked, the last is no. %{seq}.',
      legacy: '%{count} events from before the chain existed are not covered.',
      broken: 'The audit trail has been tampered with.',
      problem: {
        altered: 'Event no. %{seq} was altered: its content no longer matches its seal.',
        missing: 'Event no. %{seq} is missing: it was removed.',
        unchained: 'Event %{id} was added outside the app: it has no place in the chain.',
        head: 'Events after no. %{seq} are missing, or the chain’s head was changed.',
        checkpoint: 'The chain no longer matches the checkpoint at event no. %{seq}: it was rewritten up to there.',
      },
      checkpoint_matches: 'The chain matches the checkpoint at event no. %{seq}.',
      checkpoint_not_authentic: 'This checkpoint is not authentic: it was edited or signed with another key.',
      event_id: 'Event id: %{id}',
      check_again: 'Check again',
      export: 'Export checkpoint',
      exported: 'Checkpoint of event no. %{seq} downloaded. Keep it outside this system.',
      check_file: 'Check against a checkpoint…',
      bad_file: 'This file is not a checkpoint.',
      checking: 'Checking the chain…',
    },
  },
  resources: {
    'audit-chain': { name: 'Audit integrity |||| Audit integrity' },
  },
};

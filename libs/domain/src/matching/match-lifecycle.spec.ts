import {
  MATCH_STATUS_VALUES,
  MATCH_TRANSITIONS,
  type MatchParty,
  type MatchStatus,
  hostSeesFirstName,
  holdsBeds,
  isConfirmed,
  planMatchTransition,
  remainingCapacity,
} from './match-lifecycle';

const asOf = '2026-03-10';
const dates = { movedInOn: '2026-03-01', endedOn: '2026-03-09', endReason: 'moved_to_rental' as const };

describe('planMatchTransition: allowed moves', () => {
  it.each`
    from          | to            | party           | checkCapacity | placement | requestStatus
    ${'proposed'} | ${'accepted'} | ${'caseworker'} | ${true}       | ${null}   | ${null}
    ${'proposed'} | ${'accepted'} | ${'admin'}      | ${true}       | ${null}   | ${null}
    ${'proposed'} | ${'declined'} | ${'caseworker'} | ${false}      | ${null}   | ${null}
    ${'accepted'} | ${'moved_in'} | ${'caseworker'} | ${false}      | ${'start'}| ${'housed'}
    ${'accepted'} | ${'declined'} | ${'host'}       | ${false}      | ${null}   | ${null}
    ${'accepted'} | ${'declined'} | ${'caseworker'} | ${false}      | ${null}   | ${null}
    ${'moved_in'} | ${'ended'}    | ${'caseworker'} | ${false}      | ${'end'}  | ${'closed'}
  `('$from → $to by the $party', ({ from, to, party, checkCapacity, placement, requestStatus }) => {
    expect(planMatchTransition({ from, to, party, asOf, ...dates })).toEqual({ from, to, checkCapacity, placement, requestStatus });
  });
});

describe('planMatchTransition: refused moves', () => {
  it.each`
    scenario                                   | from          | to            | party           | input                                         | code                   | field
    ${'host accepts'}                          | ${'proposed'} | ${'accepted'} | ${'host'}       | ${{}}                                         | ${'PARTY_NOT_ALLOWED'} | ${'status'}
    ${'host declines a proposal'}              | ${'proposed'} | ${'declined'} | ${'host'}       | ${{}}                                         | ${'PARTY_NOT_ALLOWED'} | ${'status'}
    ${'host records the move-in'}              | ${'accepted'} | ${'moved_in'} | ${'host'}       | ${{ movedInOn: '2026-03-01' }}                | ${'PARTY_NOT_ALLOWED'} | ${'status'}
    ${'host ends the placement'}               | ${'moved_in'} | ${'ended'}    | ${'host'}       | ${{ endedOn: '2026-03-05', endReason: 'other' }} | ${'PARTY_NOT_ALLOWED'} | ${'status'}
    ${'skip acceptance'}                       | ${'proposed'} | ${'moved_in'} | ${'caseworker'} | ${{ movedInOn: '2026-03-01' }}                | ${'INVALID_TRANSITION'}| ${'status'}
    ${'end before moving in'}                  | ${'accepted'} | ${'ended'}    | ${'admin'}      | ${{ endedOn: '2026-03-01', endReason: 'other' }} | ${'INVALID_TRANSITION'}| ${'status'}
    ${'decline after moving in'}               | ${'moved_in'} | ${'declined'} | ${'caseworker'} | ${{}}                                         | ${'INVALID_TRANSITION'}| ${'status'}
    ${'reopen a declined match'}               | ${'declined'} | ${'proposed'} | ${'admin'}      | ${{}}                                         | ${'INVALID_TRANSITION'}| ${'status'}
    ${'revive an ended match'}                 | ${'ended'}    | ${'moved_in'} | ${'admin'}      | ${{ movedInOn: '2026-03-01' }}                | ${'INVALID_TRANSITION'}| ${'status'}
    ${'back to proposed'}                      | ${'accepted'} | ${'proposed'} | ${'caseworker'} | ${{}}                                         | ${'INVALID_TRANSITION'}| ${'status'}
    ${'move in without a date'}                | ${'accepted'} | ${'moved_in'} | ${'caseworker'} | ${{}}                                         | ${'MISSING_FIELD'}     | ${'movedInOn'}
    ${'end without a date'}                    | ${'moved_in'} | ${'ended'}    | ${'caseworker'} | ${{ endReason: 'other' }}                     | ${'MISSING_FIELD'}     | ${'endedOn'}
    ${'end without a reason'}                  | ${'moved_in'} | ${'ended'}    | ${'caseworker'} | ${{ endedOn: '2026-03-05' }}                  | ${'MISSING_FIELD'}     | ${'endReason'}
    ${'move in tomorrow'}                      | ${'accepted'} | ${'moved_in'} | ${'caseworker'} | ${{ movedInOn: '2026-03-11' }}                | ${'INVALID_DATE'}      | ${'movedInOn'}
    ${'end tomorrow'}                          | ${'moved_in'} | ${'ended'}    | ${'caseworker'} | ${{ movedInOn: '2026-03-01', endedOn: '2026-03-11', endReason: 'other' }} | ${'INVALID_DATE'} | ${'endedOn'}
    ${'end before the move-in'}                | ${'moved_in'} | ${'ended'}    | ${'caseworker'} | ${{ movedInOn: '2026-03-05', endedOn: '2026-03-04', endReason: 'other' }} | ${'INVALID_DATE'} | ${'endedOn'}
  `('$scenario → $code ($field)', ({ from, to, party, input, code, field }) => {
    expect(() => planMatchTransition({ from, to, party, asOf, ...input })).toThrow(expect.objectContaining({ code, field }));
  });

  it('explains what is allowed instead, or that a status is final', () => {
    expect(() => planMatchTransition({ from: 'proposed', to: 'ended', party: 'admin', asOf })).toThrow('allowed: accepted, declined');
    expect(() => planMatchTransition({ from: 'ended', to: 'accepted', party: 'admin', asOf })).toThrow('ended is final');
  });

  it('lets an admin make every listed move and nothing else', () => {
    const pairs = MATCH_STATUS_VALUES.flatMap((from) => MATCH_STATUS_VALUES.map((to) => [from, to] as [MatchStatus, MatchStatus]));
    const allowed = pairs.filter(([from, to]) => {
      try {
        planMatchTransition({ from, to, party: 'admin' as MatchParty, asOf, ...dates });
        return true;
      } catch {
        return false;
      }
    });
    const listed = MATCH_STATUS_VALUES.flatMap((from) => MATCH_TRANSITIONS[from].map((r) => [from, r.to]));
    expect(allowed.map(String).sort()).toEqual(listed.map(String).sort());
    expect(allowed).toHaveLength(5);
  });
});

describe('status helpers', () => {
  it.each`
    status        | beds     | confirmed | nameWithConsent | nameWithout
    ${'proposed'} | ${false} | ${false}  | ${false}        | ${false}
    ${'accepted'} | ${true}  | ${true}   | ${true}         | ${false}
    ${'declined'} | ${false} | ${false}  | ${false}        | ${false}
    ${'moved_in'} | ${true}  | ${true}   | ${true}         | ${false}
    ${'ended'}    | ${false} | ${true}   | ${true}         | ${false}
  `('$status', ({ status, beds, confirmed, nameWithConsent, nameWithout }) => {
    expect(holdsBeds(status)).toBe(beds);
    expect(isConfirmed(status)).toBe(confirmed);
    expect(hostSeesFirstName(status, true)).toBe(nameWithConsent);
    expect(hostSeesFirstName(status, false)).toBe(nameWithout);
  });

  it.each`
    capacity | held | expected
    ${3}     | ${0} | ${3}
    ${3}     | ${2} | ${1}
    ${3}     | ${3} | ${0}
    ${2}     | ${3} | ${0}
  `('remainingCapacity($capacity, $held) = $expected', ({ capacity, held, expected }) => {
    expect(remainingCapacity(capacity, held)).toBe(expected);
  });
});

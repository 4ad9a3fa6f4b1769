import {
  datedValueOn,
  feeOn,
  FeeKind,
  eadValidityCapMonths,
  isRuleScenarioId,
  PROPOSED_365_DAY_RULE,
  renewalAutoExtensionDays,
  RESTORED_2022_RULE,
  RULE_SETS,
  ruleSetFor,
  selectRuleSet,
} from './rule-sets';

describe('ruleSetFor (never a scenario)', () => {
  it.each([
    ['2022-02-07', 'restored-2022'],
    ['2026-01-05', 'restored-2022'],
    // The proposal's date is past, but a proposal is not law.
    ['2026-02-23', 'restored-2022'],
    ['2030-01-01', 'restored-2022'],
    // Before the earliest modeled rule: the earliest one, never an error (see the rule-set comment).
    ['2019-06-01', 'restored-2022'],
  ])('%s → %s', (date, id) => {
    expect(ruleSetFor(date).id).toBe(id);
  });

  it('rejects a malformed date', () => {
    expect(() => ruleSetFor('2026-02-30')).toThrow(RangeError);
  });
});

describe('selectRuleSet', () => {
  it.each([
    ['current', '2026-06-01', 'restored-2022', 150, 180, 30],
    ['proposed-365', '2026-06-01', 'proposed-365', 365, 365, 180],
    ['proposed-365', '2020-01-01', 'proposed-365', 365, 365, 180],
  ] as const)('%s on %s → %s (%i/%i/%i)', (id, asOf, expected, mayFile, grant, decision) => {
    const rules = selectRuleSet(id, asOf);
    expect(rules.id).toBe(expected);
    expect([rules.eadMayFileAfterClockDays, rules.eadEarliestGrantClockDays, rules.eadDecisionDays]).toEqual([mayFile, grant, decision]);
  });

  it('rejects an unknown id at run time', () => {
    expect(() => selectRuleSet('proposed-999' as 'current', '2026-06-01')).toThrow(RangeError);
  });

  it.each([
    ['current', true],
    ['proposed-365', true],
    ['restored-2022', false],
    [42, false],
  ])('isRuleScenarioId(%p) = %p', (value, expected) => {
    expect(isRuleScenarioId(value)).toBe(expected);
  });

  it('lists rule sets in effective-date order, the proposal as a scenario', () => {
    expect(RULE_SETS.map((r) => [r.id, r.effectiveFrom, r.scenario])).toEqual([
      ['restored-2022', '2022-02-07', false],
      ['proposed-365', '2026-02-23', true],
    ]);
  });
});

describe('feeOn (H.R.1 fees, dated)', () => {
  it.each<[FeeKind, string, number]>([
    ['i589', '2025-07-21', 0],
    ['i589', '2025-07-22', 100],
    ['i589', '2026-06-01', 100],
    ['annualAsylumFee', '2025-07-21', 0],
    ['annualAsylumFee', '2025-10-01', 100],
    ['annualAsylumFee', '2025-12-31', 100],
    ['annualAsylumFee', '2026-01-01', 102],
    ['initialEadC8', '2025-07-22', 550],
    ['initialEadC8', '2025-12-31', 550],
    ['initialEadC8', '2026-01-01', 560],
    ['renewalEadC8', '2025-07-22', 275],
    ['renewalEadC8', '2026-06-01', 275],
  ])('%s on %s = $%i', (kind, date, amount) => {
    expect(feeOn(RESTORED_2022_RULE, kind, date)).toBe(amount);
  });

  it('the scenario shares the fees, so a comparison shows the waiting period alone', () => {
    expect(feeOn(PROPOSED_365_DAY_RULE, 'initialEadC8', '2026-03-01')).toBe(560);
  });
});

describe('eadValidityCapMonths (initial and renewal alike, by decision date)', () => {
  it.each([
    ['2025-12-04', null],
    ['2025-12-05', 18],
    ['2026-07-04', 18],
  ])('decided %s → %p', (decidedOn, months) => {
    expect(eadValidityCapMonths(RESTORED_2022_RULE, decidedOn)).toBe(months);
    expect(eadValidityCapMonths(PROPOSED_365_DAY_RULE, decidedOn)).toBe(months);
  });
});

describe('renewal window and annual fee constants', () => {
  it.each([RESTORED_2022_RULE, PROPOSED_365_DAY_RULE])('$id', (rules) => {
    expect([rules.renewalWindowDays, rules.annualFeeDueDays, rules.annualFeeInForceFrom]).toEqual([180, 30, '2026-05-29']);
  });
});

describe('renewalAutoExtensionDays (by renewal filing date)', () => {
  it.each([
    ['2025-10-29', null],
    ['2025-10-30', 0],
    ['2026-03-01', 0],
  ])('filed %s → %p', (filedOn, days) => {
    expect(renewalAutoExtensionDays(RESTORED_2022_RULE, filedOn)).toBe(days);
  });
});

describe('datedValueOn', () => {
  const table = [
    { from: '2026-01-01', value: 'b', source: '' },
    { from: '2025-01-01', value: 'a', source: '' },
  ];
  it.each([
    ['2024-12-31', null],
    ['2025-01-01', 'a'],
    ['2025-12-31', 'a'],
    ['2026-01-01', 'b'],
  ])('%s → %p (table order does not matter)', (date, expected) => {
    expect(datedValueOn(table, date)?.value ?? null).toBe(expected);
  });
});

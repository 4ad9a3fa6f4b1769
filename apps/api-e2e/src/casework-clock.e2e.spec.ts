import type { CaseRecord, CaseloadDashboard, ClientRecord, Explanation, MilestoneRecord } from '@ct/contracts';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * The computed, read-only fields of a case (one-year deadline, work-permit clock) as the API serves them,
 * and the caseworker's "due soon" dashboard built from them. Fixed past dates give exact expectations;
 * "as of today" figures are checked against today in the organization's time zone.
 */
const TZ = 'America/New_York';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
/** The same calendar day one year earlier (a Feb 29 is avoided by the callers). */
const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
const notLeapDay = (day: string) => (day.endsWith('-02-29') ? addDays(day, 1) : day);

describe('casework: computed case fields and the caseload dashboard', () => {
  let app: TestApp;
  let token: string;

  const post = async <T>(path: string, body: Record<string, unknown>, as = token): Promise<T> => {
    const res = await app.request<T>('POST', path, { token: as, body });
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const newClient = (fields: Record<string, unknown> = {}, as = token) => post<ClientRecord>('/api/clients', { firstName: 'Clock', lastName: 'Client', ...fields }, as);
  const newCase = (clientId: string, fields: Record<string, unknown> = {}, as = token) => post<CaseRecord>('/api/cases', { clientId, kind: 'affirmative', ...fields }, as);
  const milestone = (caseId: string, type: string, date: string, endDate?: string, as = token) =>
    post<MilestoneRecord>('/api/milestones', { caseId, type, date, ...(endDate ? { endDate } : {}) }, as);
  const getCase = async (id: string, as = token) => (await app.request<CaseRecord>('GET', `/api/cases/${id}`, { token: as })).body;
  const explanation = (k: CaseRecord, field: string): Explanation => {
    const found = k.explanations.find((e) => e.field === field);
    if (!found) throw new Error(`no explanation for ${field}: ${JSON.stringify(k.explanations)}`);
    return found;
  };
  /** A case on a fresh client, with the given milestones. */
  const caseWith = async (milestones: [string, string, string?][], clientFields: Record<string, unknown> = {}) => {
    const c = await newClient(clientFields);
    const k = await newCase(c.id);
    for (const [type, date, endDate] of milestones) await milestone(k.id, type, date, endDate);
    return getCase(k.id);
  };

  beforeAll(async () => {
    app = await startTestApp({ env: { APP_TIME_ZONE: TZ } });
    token = (await app.createUser('caseworker')).accessToken;
  });
  afterAll(() => app?.close());

  describe('one-year filing deadline', () => {
    it.each([
      ['an anniversary on a business day', '2025-03-10', '2026-03-10', 'DEADLINE_ANNIVERSARY', ['2026-03-10', '2025-03-10']],
      ['an anniversary on a Saturday, moved to Monday', '2025-05-30', '2026-06-01', 'DEADLINE_MOVED_TO_BUSINESS_DAY', ['2026-06-01', '2026-05-30', 'Saturday']],
      ['a Feb 29 arrival, taken as Feb 28', '2024-02-29', '2025-02-28', 'DEADLINE_ANNIVERSARY', ['2025-02-28', '2024-02-29']],
    ])('computes %s and explains it with its dates', async (_label, arrival, deadline, code, mentions) => {
      const k = await caseWith([], { lastArrivalOn: arrival });
      expect(k.oneYearDeadline).toBe(deadline);
      const e = explanation(k, 'oneYearDeadline');
      expect(e.code).toBe(code);
      expect(e.params).toMatchObject({ date: deadline, arrivalOn: arrival });
      for (const m of mentions) expect(e.text).toContain(m);
    });

    it('flags a Feb 29 arrival for an attorney', async () => {
      const k = await caseWith([], { lastArrivalOn: '2024-02-29' });
      expect(k.flags).toContain('FEB29_ARRIVAL');
    });

    it("lets an earlier judge's deadline win, and explains it", async () => {
      const c = await newClient({ lastArrivalOn: '2025-03-10' });
      const k = await newCase(c.id, { kind: 'defensive', judgeDeadlineOn: '2025-12-01' });
      expect(k.oneYearDeadline).toBe('2025-12-01');
      expect(explanation(k, 'oneYearDeadline')).toMatchObject({ code: 'DEADLINE_SET_BY_JUDGE' });
      expect(explanation(k, 'oneYearDeadline').text).toContain('2026-03-10');
    });

    it('has no deadline and says why when the arrival is not recorded', async () => {
      const k = await caseWith([]);
      expect(k.oneYearDeadline).toBeNull();
      expect(explanation(k, 'oneYearDeadline').code).toBe('ARRIVAL_UNKNOWN');
    });

    it('moves the last arrival (and the deadline) on a later ARRIVED milestone, not on an earlier or a future one', async () => {
      const c = await newClient({ lastArrivalOn: '2025-05-30' });
      const k = await newCase(c.id);
      await milestone(k.id, 'ARRIVED', '2025-01-02');
      expect((await app.request<ClientRecord>('GET', `/api/clients/${c.id}`, { token })).body.lastArrivalOn).toBe('2025-05-30');
      await milestone(k.id, 'ARRIVED', addDays(today(), 5));
      expect((await app.request<ClientRecord>('GET', `/api/clients/${c.id}`, { token })).body.lastArrivalOn).toBe('2025-05-30');
      await milestone(k.id, 'ARRIVED', '2025-08-15');
      const client = (await app.request<ClientRecord>('GET', `/api/clients/${c.id}`, { token })).body;
      expect(client.lastArrivalOn).toBe('2025-08-15');
      expect(client.version).toBeGreaterThan(c.version);
      // 2026-08-15 is a Saturday.
      expect((await getCase(k.id)).oneYearDeadline).toBe('2026-08-17');
    });

    it("recomputes the deadline when the client's last arrival is edited", async () => {
      const c = await newClient({ lastArrivalOn: '2025-03-10' });
      const k = await newCase(c.id);
      const res = await app.request<ClientRecord>('PUT', `/api/clients/${c.id}`, { token, body: { ...c, lastArrivalOn: '2025-05-30' } });
      expect(res.status).toBe(200);
      expect((await getCase(k.id)).oneYearDeadline).toBe('2026-06-01');
    });
  });

  it('keeps the deadline list filters in step with edits of the arrival', async () => {
    const me = (await app.createUser('caseworker')).accessToken;
    const within30 = async (resource: string) =>
      (await app.request<{ id: string }[]>('GET', `/api/${resource}?filter=${encodeURIComponent('{"deadlineWithinDays":30}')}`, { token: me })).body.map((r) => r.id);
    const c = await newClient({ lastArrivalOn: '2025-03-10' }, me);
    const k = await newCase(c.id, {}, me);
    expect(await within30('clients')).toEqual([]);
    const read = (await app.request<ClientRecord>('GET', `/api/clients/${c.id}`, { token: me })).body;
    await app.request('PUT', `/api/clients/${c.id}`, { token: me, body: { ...read, lastArrivalOn: yearBefore(notLeapDay(addDays(today(), 10))) } });
    expect(await within30('clients')).toEqual([c.id]);
    expect(await within30('cases')).toEqual([k.id]);
    // Arriving again yesterday restarts the year: the deadline is a year away.
    await milestone(k.id, 'ARRIVED', addDays(today(), -1), undefined, me);
    expect(await within30('clients')).toEqual([]);
    expect(await within30('cases')).toEqual([]);
  });

  describe('work-permit clock', () => {
    const FILED = '2025-01-06';

    it('starts on the I-589 filing and projects the EAD dates 150 and 180 days on', async () => {
      const k = await caseWith([['I589_FILED', FILED], ['I589_RECEIPT', '2025-01-20']]);
      const elapsed = daysBetween(FILED, today());
      expect(k).toMatchObject({
        clockStartedOn: FILED,
        clockDays: elapsed,
        clockStoppedDays: 0,
        eadMayFileOn: '2025-06-05',
        eadEarliestGrantOn: '2025-07-05',
        eadDecisionDueOn: null,
        eadInHandOn: null,
        daysWithoutWorkAuthorization: elapsed,
      });
      expect(explanation(k, 'clockStartedOn').text).toContain(FILED);
      expect(explanation(k, 'eadMayFileOn')).toMatchObject({ code: 'EAD_MAY_FILE', params: { date: '2025-06-05', requiredDays: 150 } });
      expect(explanation(k, 'eadMayFileOn').text).toMatch(/2025-06-05.*150 days after 2025-01-06/);
      expect(explanation(k, 'eadEarliestGrantOn').text).toMatch(/2025-07-05.*180 days after 2025-01-06/);
      expect(explanation(k, 'clockDays').text).toContain(String(elapsed));
      expect(explanation(k, 'daysWithoutWorkAuthorization')).toMatchObject({ code: 'WAIT_ONGOING', params: { days: elapsed } });
    });

    it('moves both EAD dates by the length of a clock stop and counts the stopped days', async () => {
      const k = await caseWith([['I589_FILED', FILED], ['CLOCK_STOP', '2025-02-01', '2025-03-03']]);
      expect(k).toMatchObject({
        clockStoppedDays: 30,
        clockDays: daysBetween(FILED, today()) - 30,
        eadMayFileOn: '2025-07-05',
        eadEarliestGrantOn: '2025-08-04',
        // days without work authorization count calendar days: a stop does not shorten the wait.
        daysWithoutWorkAuthorization: daysBetween(FILED, today()),
      });
      expect(explanation(k, 'eadMayFileOn').text).toContain('30 stopped days');
      expect(explanation(k, 'clockStoppedDays').text).toMatch(/30 stopped days: 2025-02-01 to 2025-03-03/);
    });

    it('leaves the EAD dates unknown while a stop is open, and says since when', async () => {
      const k = await caseWith([['I589_FILED', FILED], ['CLOCK_STOP', '2025-03-01']]);
      expect(k.eadMayFileOn).toBeNull();
      expect(k.eadEarliestGrantOn).toBeNull();
      expect(k.clockRunning).toBe(false);
      expect(k.flags).toContain('CLOCK_STOPPED');
      expect(explanation(k, 'eadMayFileOn')).toMatchObject({ code: 'CLOCK_STOPPED', params: { stoppedSince: '2025-03-01', clockDaysAtStop: 54 } });
      expect(explanation(k, 'eadMayFileOn').text).toContain('2025-03-01');
    });

    it.each([
      ['30 days after the I-765 receipt', [], '2025-06-10', '2025-07-10', 'receipt'],
      ['the earliest grant day when later', [['CLOCK_STOP', '2025-02-01', '2025-03-03']], '2025-06-10', '2025-08-04', 'earliestGrant'],
    ] as const)('makes the decision due on %s', async (_label, stops, applied, due, boundBy) => {
      const k = await caseWith([['I589_FILED', FILED], ...stops, ['EAD_APPLIED', applied]] as [string, string, string?][]);
      expect(k.eadDecisionDueOn).toBe(due);
      const e = explanation(k, 'eadDecisionDueOn');
      expect(e).toMatchObject({ code: 'EAD_DECISION_DUE', params: { date: due, appliedOn: applied, boundBy } });
      expect(e.text).toContain(due);
      expect(e.text).toContain(applied);
      expect(e.text).toContain('30 days');
    });

    it('flags an I-765 received before the may-file date', async () => {
      const k = await caseWith([['I589_FILED', FILED], ['EAD_APPLIED', '2025-05-01']]);
      expect(k.flags).toContain('EAD_APPLIED_BEFORE_ELIGIBLE');
    });

    it.each([
      ['the card received, over the approval', [['EAD_APPROVED', '2025-07-20'], ['EAD_CARD_RECEIVED', '2025-08-01']], '2025-08-01', 207],
      ['the approval while no card is recorded', [['EAD_APPROVED', '2025-07-20']], '2025-07-20', 195],
    ] as const)('takes the permit as in hand on %s and ends the wait there', async (_label, events, inHand, days) => {
      const k = await caseWith([['I589_FILED', FILED], ['EAD_APPLIED', '2025-06-10'], ...events] as [string, string, string?][]);
      expect(k.eadInHandOn).toBe(inHand);
      expect(k.daysWithoutWorkAuthorization).toBe(days);
      expect(explanation(k, 'daysWithoutWorkAuthorization')).toMatchObject({ code: 'WAIT_ENDED', params: { days, to: inHand } });
      expect(explanation(k, 'daysWithoutWorkAuthorization').text).toContain(`${days} days`);
    });

    it('counts nothing dated after today', async () => {
      const k = await caseWith([['I589_FILED', addDays(today(), 3)], ['INTERVIEW', addDays(today(), 40)]]);
      expect(k.clockStartedOn).toBeNull();
      expect(k.clockDays).toBeNull();
      expect(k.eadMayFileOn).toBeNull();
      expect(k.daysWithoutWorkAuthorization).toBeNull();
      expect(explanation(k, 'clockStartedOn').code).toBe('CLOCK_NOT_STARTED');
    });

    it('ignores computed fields sent back on PUT and recomputes them', async () => {
      const k = await caseWith([['I589_FILED', FILED]], { lastArrivalOn: '2025-03-10' });
      const forged = {
        ...k,
        status: 'filed',
        oneYearDeadline: '2030-01-01',
        clockStartedOn: '2020-01-01',
        clockDays: 9999,
        clockStoppedDays: 1,
        eadMayFileOn: '2020-01-01',
        eadEarliestGrantOn: '2020-01-01',
        eadDecisionDueOn: '2020-01-01',
        eadInHandOn: '2020-01-01',
        daysWithoutWorkAuthorization: 0,
        explanations: [{ field: 'clockDays', code: 'X', params: {}, text: 'forged' }],
      };
      const res = await app.request<CaseRecord>('PUT', `/api/cases/${k.id}`, { token, body: forged });
      expect(res.status).toBe(200);
      const { status: _s, version: _v, updatedAt: _u, ...computed } = k;
      expect(res.body).toMatchObject({ ...computed, status: 'filed', version: k.version + 1 });
      expect(await getCase(k.id)).toEqual(res.body);
    });
  });

  describe('caseload dashboard', () => {
    let mine: CaseloadDashboard;
    let me: string;
    const ids = {} as Record<string, string>;
    let other: { accessToken: string };
    let otherNeed: string;

    beforeAll(async () => {
      // A caseworker of their own, so that the clients of the tests above stay out of this caseload.
      me = (await app.createUser('caseworker')).accessToken;
      const t = today();
      const setUp = async (name: string, clientFields: Record<string, unknown>, events: [string, string][]) => {
        const c = await newClient({ firstName: name, ...clientFields }, me);
        const k = await newCase(c.id, {}, me);
        for (const [type, date] of events) await milestone(k.id, type, date, undefined, me);
        ids[name] = c.id;
        ids[`${name}:case`] = k.id;
        return c;
      };
      await setUp('DeadlineSoon', { lastArrivalOn: yearBefore(notLeapDay(addDays(t, 10))) }, []);
      await setUp('DeadlineLater', { lastArrivalOn: yearBefore(notLeapDay(addDays(t, 120))) }, []);
      await setUp('DeadlineButFiled', { lastArrivalOn: yearBefore(notLeapDay(addDays(t, 10))) }, [['I589_FILED', addDays(t, -20)]]);
      await setUp('MayFile', {}, [['I589_FILED', addDays(t, -160)]]);
      await setUp('MayFileApplied', {}, [['I589_FILED', addDays(t, -160)], ['EAD_APPLIED', addDays(t, -5)]]);
      await setUp('Overdue', {}, [['I589_FILED', addDays(t, -400)], ['EAD_APPLIED', addDays(t, -200)]]);
      await setUp('OverdueButCard', {}, [['I589_FILED', addDays(t, -400)], ['EAD_APPLIED', addDays(t, -200)], ['EAD_CARD_RECEIVED', addDays(t, -100)]]);
      const needy = await newClient({ firstName: 'Needy' }, me);
      ids['Needy'] = needy.id;
      for (const [urgency, metOn] of [['urgent', null], ['high', null], ['medium', null], ['urgent', addDays(t, -1)]] as const) {
        const n = await post<{ id: string }>('/api/support-needs', { clientId: needy.id, category: 'housing', urgency, openedOn: addDays(t, -3), metOn }, me);
        ids[`need:${urgency}:${metOn ? 'met' : 'open'}`] = n.id;
      }
      other = await app.createUser('caseworker');
      const theirs = await newClient({ firstName: 'NotMine' }, other.accessToken);
      otherNeed = (await post<{ id: string }>('/api/support-needs', { clientId: theirs.id, category: 'food', urgency: 'urgent', openedOn: t }, other.accessToken)).id;
      const res = await app.request<CaseloadDashboard>('GET', '/api/dashboard/caseload', { token: me });
      expect(res.status).toBe(200);
      mine = res.body;
    });

    const itemsFor = (name: string) => mine.items.filter((i) => i.clientId === ids[name]);

    it('is as of today and counts only my clients', async () => {
      expect(mine.asOf).toBe(today());
      const myClients = await app.request('GET', '/api/clients?range=[0,0]', { token: me });
      expect(mine.clients).toBe(8);
      expect(String(mine.clients)).toBe(myClients.headers.get('content-range')?.split('/')[1]);
    });

    it('lists a one-year deadline within 30 days, with its date and the days left', async () => {
      const k = await getCase(ids['DeadlineSoon:case'], me);
      expect(itemsFor('DeadlineSoon')).toEqual([
        expect.objectContaining({ kind: 'ONE_YEAR_DEADLINE', caseId: k.id, date: k.oneYearDeadline, days: daysBetween(today(), k.oneYearDeadline as string), clientName: 'DeadlineSoon Client' }),
      ]);
    });

    it.each(['DeadlineLater', 'DeadlineButFiled', 'MayFileApplied', 'OverdueButCard'])('lists nothing for %s', (name) => {
      expect(itemsFor(name)).toEqual([]);
    });

    it('lists a client who may now file for a work permit', async () => {
      const k = await getCase(ids['MayFile:case'], me);
      expect(k.eadMayFileOn).toBe(addDays(today(), -10));
      expect(itemsFor('MayFile')).toEqual([expect.objectContaining({ kind: 'EAD_MAY_FILE', caseId: k.id, date: k.eadMayFileOn, days: -10 })]);
    });

    it('lists an overdue work-permit decision', async () => {
      const k = await getCase(ids['Overdue:case'], me);
      expect(k.eadDecisionDueOn).toBe(addDays(today(), -170));
      expect(itemsFor('Overdue')).toEqual([expect.objectContaining({ kind: 'EAD_DECISION_OVERDUE', caseId: k.id, date: k.eadDecisionDueOn, days: -170 })]);
    });

    it('lists open needs of high or urgent urgency only', () => {
      const needs = itemsFor('Needy');
      expect(needs.every((i) => i.kind === 'URGENT_NEED')).toBe(true);
      expect(needs.map((i) => i.needId).sort()).toEqual([ids['need:urgent:open'], ids['need:high:open']].sort());
    });

    it("never shows another caseworker's clients, who see theirs on their own dashboard", async () => {
      const mineIds = new Set(Object.entries(ids).filter(([k]) => !k.includes(':')).map(([, v]) => v));
      expect(mine.items.every((i) => mineIds.has(i.clientId))).toBe(true);
      expect(mine.items.some((i) => i.needId === otherNeed)).toBe(false);
      expect(JSON.stringify(mine)).not.toContain('NotMine');
      const theirs = await app.request<CaseloadDashboard>('GET', '/api/dashboard/caseload', { token: other.accessToken });
      expect(theirs.body.clients).toBe(1);
      expect(theirs.body.items).toEqual([expect.objectContaining({ kind: 'URGENT_NEED', needId: otherNeed })]);
    });
  });
});

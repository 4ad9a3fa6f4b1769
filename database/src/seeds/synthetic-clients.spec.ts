import { computeCaseClock, ruleSetFor } from '@ct/domain';
import { syntheticClient } from './synthetic-clients';

const AS_OF = '2026-11-23';
const sample = Array.from({ length: 2000 }, (_, i) => syntheticClient(i, AS_OF));

describe('synthetic clients', () => {
  it('are deterministic for a seed and date', () => {
    expect(syntheticClient(7, AS_OF)).toEqual(syntheticClient(7, AS_OF));
    expect(syntheticClient(7, AS_OF, { seed: 1 })).not.toEqual(syntheticClient(7, AS_OF));
  });

  it('never date anything after today, and keep milestones in order', () => {
    for (const c of sample) {
      const dates = c.kase.milestones.map((m) => m.date);
      expect(dates).toEqual([...dates].sort());
      for (const d of [c.lastArrivalOn, ...c.housing.flatMap((h) => [h.startedOn, h.endedOn ?? h.startedOn]), ...c.needs.map((n) => n.metOn ?? n.openedOn)]) {
        expect(d <= AS_OF).toBe(true);
      }
    }
  });

  it('show the hardship the mission describes: long waits, homelessness, advanced degrees', () => {
    const clocks = sample.map((c) => computeCaseClock({ lastArrivalOn: c.lastArrivalOn, milestones: c.kase.milestones }, ruleSetFor(AS_OF), { asOf: AS_OF }));
    const waits = clocks.filter((k) => k.eadInHandOn).map((k) => k.daysWithoutWorkAuthorization as number);
    const median = [...waits].sort((a, b) => a - b)[Math.floor(waits.length / 2)];
    expect(median).toBeGreaterThan(180);
    expect(clocks.filter((k) => k.clockStartedOn && !k.eadInHandOn).length).toBeGreaterThan(100);
    const homeless = sample.filter((c) => c.housing.some((h) => ['street', 'car', 'emergency_shelter'].includes(h.category))).length / sample.length;
    expect(homeless).toBeGreaterThan(0.1);
    expect(homeless).toBeLessThan(0.6);
    const advanced = sample.filter((c) => c.educationLevel === 'master' || c.educationLevel === 'doctorate').length / sample.length;
    expect(advanced).toBeGreaterThan(0.3);
  });

  it('fill identifying fields with plausible values', () => {
    for (const c of sample.slice(0, 200)) {
      expect(c.firstName).toMatch(/^[A-Z][a-z]+$/);
      if (c.aNumber) expect(c.aNumber).toMatch(/^\d{9}$/);
      if (c.kase.i589ReceiptNumber) expect(c.kase.i589ReceiptNumber).toMatch(/^[A-Z]{3}\d{10}$/);
    }
  });
});

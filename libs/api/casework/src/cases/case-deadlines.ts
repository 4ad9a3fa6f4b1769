import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AnnualFeeStatus, type CaseClock, computeAnnualFee, computeCaseClock, computeOneYearDeadline, computeWorkPermit, ruleSetFor, type WorkPermitStatus } from '@ct/domain';
import type { CaseComputed } from '@ct/contracts';
import { CaseEntity } from '../entities/case.entity';
import type { MilestoneEntity } from '../entities/milestone.entity';

/** Milestones by case, keeping their order: one pass instead of a filter per case. */
export function groupByCase<M extends { caseId: string }>(milestones: M[]): Map<string, M[]> {
  const byCase = new Map<string, M[]>();
  for (const m of milestones) {
    const list = byCase.get(m.caseId);
    if (list) list.push(m);
    else byCase.set(m.caseId, [m]);
  }
  return byCase;
}

/** Runs the domain's clock for a case and shapes the result as the contract's computed fields. */
export type ComputedCase = CaseComputed & { clock: CaseClock; permit: WorkPermitStatus; fee: AnnualFeeStatus };

/** Runs the domain's clock, permit and annual-fee rules for a case and shapes the result as the contract's computed fields. */
export function computeCase(
  lastArrivalOn: string | null,
  kase: Pick<CaseEntity, 'judgeDeadlineOn'>,
  milestones: (Pick<MilestoneEntity, 'type' | 'date' | 'endDate'> & Partial<Pick<MilestoneEntity, 'validFrom' | 'validUntil'>>)[],
  asOf: string,
): ComputedCase {
  const rules = ruleSetFor(asOf);
  const clock = computeCaseClock(
    { lastArrivalOn, judgeDeadlineOn: kase.judgeDeadlineOn, milestones: milestones.map((m) => ({ type: m.type, date: m.date, endDate: m.endDate })) },
    rules,
    { asOf },
  );
  const permit = computeWorkPermit(
    milestones.map((m) => ({ type: m.type, date: m.date, validFrom: m.validFrom ?? null, validUntil: m.validUntil ?? null })),
    rules,
    { asOf },
  );
  const fee = computeAnnualFee(milestones, rules, { asOf });
  const explanations = [...Object.values(clock.explanations), ...Object.values(permit.explanations), fee.explanation];
  return {
    clock,
    permit,
    fee,
    oneYearDeadline: clock.oneYearDeadline,
    clockStartedOn: clock.clockStartedOn,
    clockDays: clock.clockDays,
    clockStoppedDays: clock.clockStoppedDays,
    clockRunning: clock.clockStartedOn !== null && !clock.clockStopped && clock.workAuthorizedOn === null,
    eadMayFileOn: clock.eadMayFileOn,
    eadEarliestGrantOn: clock.eadEarliestGrantOn,
    eadDecisionDueOn: clock.eadDecisionDueOn,
    eadInHandOn: clock.eadInHandOn,
    daysWithoutWorkAuthorization: clock.daysWithoutWorkAuthorization,
    daysWithoutWorkAuthorizationSinceArrival: clock.daysWithoutWorkAuthorizationSinceArrival,
    workAuthorizedOn: clock.workAuthorizedOn,
    permitExpiresOn: permit.permitExpiresOn,
    renewalMayFileOn: permit.renewalMayFileOn,
    annualFeeNoticeOn: fee.annualFeeNoticeOn,
    annualFeeDueOn: fee.annualFeeDueOn,
    annualFeeAmount: fee.annualFeeAmount,
    annualFeePaidOn: fee.annualFeePaidOn,
    flags: [...clock.flags, ...permit.flags, ...fee.flags],
    explanations: explanations.map((e) => ({ field: e.key, code: e.code, params: e.params as Record<string, unknown>, text: e.text })),
  };
}

/**
 * Keeps the stored one-year deadline of each case (used to filter lists in SQL) in step with the
 * client's last arrival and the judge's deadline. It depends on nothing that changes with time.
 */
@Injectable()
export class CaseDeadlines {
  oneYearDeadline(lastArrivalOn: string | null, judgeDeadlineOn: string | null): string | null {
    return computeOneYearDeadline({ lastArrivalOn, judgeDeadlineOn }).deadline;
  }

  async refreshForClient(manager: EntityManager, clientId: string): Promise<void> {
    const rows: { id: string; judge_deadline_on: string | null; last_arrival_on: string | null }[] = await manager.query(
      `SELECT k.id, to_char(k.judge_deadline_on, 'YYYY-MM-DD') AS judge_deadline_on, to_char(c.last_arrival_on, 'YYYY-MM-DD') AS last_arrival_on
         FROM cases k JOIN clients c ON c.id = k.client_id WHERE k.client_id = $1`,
      [clientId],
    );
    for (const row of rows) {
      await manager.update(CaseEntity, { id: row.id }, { oneYearDeadline: this.oneYearDeadline(row.last_arrival_on, row.judge_deadline_on) });
    }
  }
}

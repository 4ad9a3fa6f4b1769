import { Inject, Injectable } from '@nestjs/common';
import { ADVANCED_DEGREES, HOMELESS_CATEGORIES, WORKING_ENGLISH } from '@ct/contracts';
import {
  HISTOGRAM_BINS,
  MAX_PERTURBATION,
  type MonthPeriod,
  PERCENTILE_MIN_PEOPLE,
  PeriodError,
  PROPOSED_365_DAY_RULE,
  type RuleScenarioId,
  quarterLabels,
  resolveQuarterPeriod,
  ruleSetFor,
  selectRuleSet,
  splitPeriod,
  validateMinCell,
} from '@ct/domain';
import { APP_CONFIG, type AppConfig, type RequestUser, ValidationError, todayIn } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import type { HardshipQueryDto } from './hardship-query.dto';
import { emptySummary } from './hardship-raw';
import { definitions, type HardshipReport, MEDIAN_QUANTILES, PERCENTILE_QUANTILES, PERSON_MONTHS_CAP, publishFigures } from './hardship-report';
import { StatsQuota } from './stats-quota';
import { HardshipRepository, type StatementTiming } from './hardship.repository';
import type { HardshipSqlParams } from './hardship.sql';

const UNSHELTERED = ['street', 'car'] as const;

export interface HardshipRequest {
  period: MonthPeriod;
  split: 'year' | 'quarter' | null;
  scenario: RuleScenarioId;
}

/** Validates the query: whole calendar quarters only, from ≤ to; each problem is a 400 naming its field. */
export function parseHardshipQuery(query: HardshipQueryDto): HardshipRequest {
  try {
    const period = resolveQuarterPeriod({ from: query.from, to: query.to });
    return { period, split: query.split ?? null, scenario: query.scenario ?? 'current' };
  } catch (error) {
    if (error instanceof PeriodError) throw new ValidationError(error.field ?? 'from', error.message.replace(/^(from|to) /, ''));
    throw error;
  }
}

/** The statements' parameters for a request: the period's day bounds, today, and the rules' constants. */
export function hardshipSqlParams(request: HardshipRequest, today: string, minCell: number): HardshipSqlParams {
  return {
    today,
    firstDay: request.period.firstDay,
    endExclusive: request.period.endExclusive,
    proposedScenario: request.scenario === 'proposed-365',
    mayFileDaysCurrent: ruleSetFor(today).eadMayFileAfterClockDays,
    mayFileDaysScenario: PROPOSED_365_DAY_RULE.eadMayFileAfterClockDays,
    homelessCategories: HOMELESS_CATEGORIES,
    unshelteredCategories: UNSHELTERED,
    advancedDegrees: ADVANCED_DEGREES,
    workingEnglish: WORKING_ENGLISH,
    earliestGrantDays: ruleSetFor(today).eadEarliestGrantClockDays,
    personMonthsCap: PERSON_MONTHS_CAP,
    histogramBinBounds: HISTOGRAM_BINS.slice(1).map((b) => b.fromMonths),
    histogramBinKeys: HISTOGRAM_BINS.map((b) => b.key),
    quantiles: PERCENTILE_QUANTILES,
    medianQuantiles: MEDIAN_QUANTILES,
    minCell,
  };
}

/**
 * The hardship statistics directors publish. The database computes exact aggregates; this service
 * applies the anonymity rules (hardship-report.ts), holds each user to STATS_QUERIES_PER_HOUR, and
 * records every read or export in the audit log (the period and options only, never a figure).
 */
@Injectable()
export class HardshipService {
  constructor(
    private readonly repository: HardshipRepository,
    private readonly audit: AuditService,
    private readonly quota: StatsQuota,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async report(query: HardshipQueryDto, actor: RequestUser, format: 'json' | 'csv' | 'xlsx'): Promise<{ report: HardshipReport; timings: StatementTiming[] }> {
    const request = parseHardshipQuery(query);
    await this.quota.check(actor);
    const { period, split, scenario } = request;
    const today = todayIn(this.config.timeZone);
    const minCell = validateMinCell(this.config.statsMinCell);
    const current = ruleSetFor(today);
    const rules = selectRuleSet(scenario, today);
    const started = process.hrtime.bigint();
    const { raw, timings } = await this.repository.load(split, hardshipSqlParams(request, today, minCell));
    const options = { minCell };
    const quarters = quarterLabels({ from: period.fromMonth, to: period.toMonth });
    const report: HardshipReport = {
      report: 'hardship',
      period: { from: period.fromMonth, to: period.toMonth, months: period.months },
      split,
      scenario: {
        id: scenario,
        ruleSet: rules.id,
        label: rules.label,
        model:
          scenario === 'proposed-365'
            ? `Waits projected for the same clients: if the I-765 could be filed only at ${PROPOSED_365_DAY_RULE.eadMayFileAfterClockDays} clock days, ` +
              `a wait that ended with a permit would have lasted the longer of the actual wait and ${PROPOSED_365_DAY_RULE.eadMayFileAfterClockDays} days + ` +
              'the days the clock was stopped + the actual time from the I-765 receipt to the permit (without a recorded I-765: the actual wait beyond the ' +
              `earliest filing day of the current rule, ${current.eadMayFileAfterClockDays} days), but no longer than until an asylum grant. ` +
              'Only the wait figures and their histograms change; clients still waiting are shown as they are.'
            : `Waits as recorded; clocks under ${current.label}.`,
      },
      asOfMonth: today.slice(0, 7),
      asOf: today,
      rules: {
        current: { label: current.label, mayFileAfterDays: current.eadMayFileAfterClockDays, earliestGrantDays: current.eadEarliestGrantClockDays, decisionDays: current.eadDecisionDays },
        proposed: {
          label: PROPOSED_365_DAY_RULE.label,
          mayFileAfterDays: PROPOSED_365_DAY_RULE.eadMayFileAfterClockDays,
          earliestGrantDays: PROPOSED_365_DAY_RULE.eadEarliestGrantClockDays,
          decisionDays: PROPOSED_365_DAY_RULE.eadDecisionDays,
        },
      },
      organization: this.config.organizationName,
      anonymity: {
        minCell,
        method: 'cell-key',
        maxNoisePerQuarter: MAX_PERTURBATION,
        durationsRoundedToDays: 7,
        percentileMinPeople: { median: PERCENTILE_MIN_PEOPLE.median, p90: PERCENTILE_MIN_PEOPLE.p90 },
      },
      definitions: definitions(current.eadEarliestGrantClockDays),
      ...publishFigures(raw, { quarters, summary: raw.summaries.get(null) ?? emptySummary() }, options),
      buckets: split
        ? splitPeriod({ from: period.fromMonth, to: period.toMonth }, split).map((b) => ({
            label: b.label,
            from: b.fromMonth,
            to: b.toMonth,
            partial: b.partial,
            ...publishFigures(
              raw,
              { quarters: quarters.filter((q) => (split === 'year' ? q.startsWith(`${b.label}-`) : q === b.label)), summary: raw.summaries.get(b.label) ?? emptySummary() },
              options,
            ),
          }))
        : [],
    };
    timings.push({ name: 'total', ms: Number(process.hrtime.bigint() - started) / 1e6 });
    await this.audit.record({
      actor,
      action: format === 'json' ? 'read' : 'export',
      resource: 'stats',
      details: { report: 'hardship', from: period.fromMonth, to: period.toMonth, split, scenario, format },
    });
    return { report, timings };
  }
}

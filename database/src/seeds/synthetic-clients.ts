/**
 * Realistic synthetic clients for demos and benchmarks: Russian asylum seekers with the waits, housing
 * trouble and qualifications the organization documents. Deterministic for a given seed and date.
 * Pure: no database, no clock (the "today" is passed in).
 */
import type { CaseKind, CaseStatus, EducationLevel, EnglishLevel, HousingCategory, MilestoneType, SupportNeedCategory, Urgency } from '@ct/contracts';
import { addDays, daysBetween } from '@ct/domain';

export interface SyntheticMilestone {
  type: MilestoneType;
  date: string;
  endDate?: string | null;
  note?: string | null;
}

export interface SyntheticClient {
  firstName: string;
  lastName: string;
  aNumber: string | null;
  dateOfBirth: string;
  email: string | null;
  phone: string | null;
  lastArrivalOn: string;
  languages: string[];
  educationLevel: EducationLevel;
  englishLevel: EnglishLevel;
  profession: string;
  householdSize: number;
  region: string;
  excludeFromStatistics: boolean;
  caseworkerIndex: number;
  kase: { kind: CaseKind; status: CaseStatus; i589ReceiptNumber: string | null; milestones: SyntheticMilestone[] };
  housing: { category: HousingCategory; startedOn: string; endedOn: string | null }[];
  needs: { category: SupportNeedCategory; urgency: Urgency; openedOn: string; metOn: string | null }[];
  notes: string[];
}

/** mulberry32: small, fast, good enough for synthetic data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Aleksei', 'Dmitrii', 'Ivan', 'Mikhail', 'Nikita', 'Sergei', 'Artem', 'Pavel', 'Kirill', 'Egor', 'Anna', 'Maria', 'Elena', 'Olga', 'Daria', 'Ekaterina', 'Sofia', 'Polina', 'Yulia', 'Ksenia', 'Sasha', 'Zhenya', 'Valera', 'Lev'];
const LAST = ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Vasiliev', 'Petrov', 'Sokolov', 'Mikhailov', 'Novikov', 'Fedorov', 'Morozov', 'Volkov', 'Alekseev', 'Lebedev', 'Semenov', 'Egorov', 'Pavlov', 'Kozlov', 'Stepanov', 'Nikolaev', 'Orlov', 'Andreev', 'Makarov', 'Zaitsev'];
const PROFESSIONS = ['software engineer', 'physician', 'teacher', 'journalist', 'lawyer', 'graphic designer', 'accountant', 'researcher', 'nurse', 'musician', 'architect', 'data analyst', 'translator', 'marketing manager', 'civil engineer', 'psychologist', 'chef', 'film producer', 'pharmacist', 'university lecturer'];
const REGIONS = ['New York, NY', 'Los Angeles, CA', 'San Francisco Bay Area, CA', 'Chicago, IL', 'Seattle, WA', 'Boston, MA', 'Miami, FL', 'Philadelphia, PA'];
const NOTES = [
  'Intake call done; documents checklist sent.',
  'Needs help with biometrics appointment transport.',
  'Attorney consultation scheduled through the partner clinic.',
  'Asked about work permit timing; explained the 150-day clock.',
  'Referred to community health center.',
];
const NEEDS: SupportNeedCategory[] = ['housing', 'food', 'medical', 'mental_health', 'legal', 'financial', 'employment', 'language', 'transport'];

function weighted<T>(r: () => number, table: [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [value, weight] of table) {
    x -= weight;
    if (x < 0) return value;
  }
  return table[table.length - 1][0];
}

const int = (r: () => number, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: () => number, list: readonly T[]) => list[Math.floor(r() * list.length)];

export function syntheticClient(index: number, asOf: string, options: { seed?: number; caseworkers?: number } = {}): SyntheticClient {
  const r = rng((options.seed ?? 2026) * 1_000_003 + index);
  const lastArrivalOn = addDays(asOf, -int(r, 20, 1500));
  const firstName = pick(r, FIRST);
  // Russian surnames agree with gender: Ivanov, Ivanova.
  const feminine = /a$/.test(firstName) && firstName !== 'Sasha' && firstName !== 'Zhenya';
  const lastName = pick(r, LAST) + (feminine ? 'a' : '');
  const milestones: SyntheticMilestone[] = [{ type: 'ARRIVED', date: lastArrivalOn }];
  const kind: CaseKind = r() < 0.78 ? 'affirmative' : 'defensive';
  let status: CaseStatus = 'preparing';
  const filedOn = addDays(lastArrivalOn, int(r, 25, 350));
  const past = (d: string) => d <= asOf;
  let waitEnd = asOf;
  if (kind === 'defensive') milestones.push({ type: 'NTA_ISSUED', date: addDays(lastArrivalOn, int(r, 1, 20)) });
  if (past(filedOn)) {
    status = 'filed';
    milestones.push({ type: 'I589_FILED', date: filedOn });
    if (kind === 'affirmative') milestones.push({ type: 'I589_RECEIPT', date: addDays(filedOn, int(r, 5, 25)) });
    milestones.push({ type: 'BIOMETRICS', date: addDays(filedOn, int(r, 25, 70)) });
    let stopDays = 0;
    if (r() < 0.18) {
      const from = addDays(filedOn, int(r, 40, 120));
      stopDays = int(r, 14, 75);
      const to = addDays(from, stopDays);
      milestones.push({ type: 'CLOCK_STOP', date: from, endDate: past(to) ? to : null, note: 'Rescheduled biometrics at the applicant\u2019s request' });
    }
    const applied = addDays(filedOn, 150 + stopDays + int(r, 0, 45));
    if (past(applied)) {
      milestones.push({ type: 'EAD_APPLIED', date: applied });
      // Real processing often runs past the 30 days the rule promises.
      const approved = addDays(applied, weighted(r, [[int(r, 25, 40), 3], [int(r, 41, 120), 5], [int(r, 121, 300), 2]]));
      if (past(approved)) {
        milestones.push({ type: 'EAD_APPROVED', date: approved });
        const card = addDays(approved, int(r, 6, 25));
        if (past(card)) {
          milestones.push({ type: 'EAD_CARD_RECEIVED', date: card });
          waitEnd = card;
        } else waitEnd = approved;
      }
    }
    const yearly = addDays(filedOn, 365);
    if (past(yearly)) milestones.push({ type: 'ANNUAL_FEE_PAID', date: addDays(yearly, -int(r, 1, 20)) });
    if (kind === 'affirmative') {
      const interview = addDays(filedOn, int(r, 200, 900));
      if (r() < 0.5) {
        milestones.push({ type: 'INTERVIEW', date: interview });
        if (past(interview)) status = 'interview_scheduled';
        const decision = addDays(interview, int(r, 30, 150));
        if (past(decision)) {
          const outcome = r();
          if (outcome < 0.55) {
            milestones.push({ type: 'ASYLUM_GRANTED', date: decision });
            status = 'granted';
          } else if (outcome < 0.8) {
            milestones.push({ type: 'REFERRED_TO_COURT', date: decision });
            status = 'in_court';
          }
        }
      }
    } else {
      status = 'in_court';
      milestones.push({ type: 'MASTER_HEARING', date: addDays(filedOn, -int(r, 10, 60)) });
      if (r() < 0.4) milestones.push({ type: 'MERITS_HEARING', date: addDays(filedOn, int(r, 300, 1000)) });
    }
  }
  milestones.sort((a, b) => a.date.localeCompare(b.date));

  // Housing during the wait: many couch-surf, some end up in shelters or on the street.
  const housing: SyntheticClient['housing'] = [];
  let from = lastArrivalOn;
  const waitDays = Math.max(1, daysBetween(lastArrivalOn, waitEnd));
  const spells = int(r, 1, 4);
  for (let i = 0; i < spells && from <= asOf; i++) {
    const category = weighted<HousingCategory>(r, [['temporary_with_friends', 40], ['rental', 22], ['emergency_shelter', 14], ['street', 5], ['car', 2], ['host_placement', 12], ['other', 5]]);
    const length = i === spells - 1 ? null : int(r, 20, Math.max(30, Math.floor(waitDays / spells)));
    const to = length === null ? null : addDays(from, length);
    housing.push({ category, startedOn: from, endedOn: to && past(to) ? to : null });
    if (!to || !past(to)) break;
    from = to;
  }

  const needs: SyntheticClient['needs'] = [];
  for (let i = 0, n = int(r, 0, 3); i < n; i++) {
    const openedOn = addDays(lastArrivalOn, int(r, 0, Math.max(1, daysBetween(lastArrivalOn, asOf))));
    // Most needs are met within weeks; the ones still open are mostly recent.
    const metOn = r() < (daysBetween(openedOn, asOf) > 120 ? 0.95 : 0.5) ? addDays(openedOn, int(r, 3, 90)) : null;
    needs.push({ category: pick(r, NEEDS), urgency: weighted<Urgency>(r, [['low', 2], ['medium', 4], ['high', 2], ['urgent', 1]]), openedOn, metOn: metOn && past(metOn) ? metOn : null });
  }

  return {
    firstName,
    lastName,
    aNumber: r() < 0.85 ? String(int(r, 100_000_000, 299_999_999)) : null,
    dateOfBirth: addDays('1970-01-01', int(r, 0, 32 * 365)),
    email: r() < 0.9 ? `${firstName}.${lastName}.${index}@example.org`.toLowerCase() : null,
    phone: r() < 0.9 ? `+1 ${int(r, 200, 989)} 555 ${String(int(r, 0, 9999)).padStart(4, '0')}` : null,
    lastArrivalOn,
    languages: r() < 0.35 ? ['ru', 'en', pick(r, ['uk', 'de', 'fr', 'es', 'hy', 'ka'])] : ['ru', 'en'],
    educationLevel: weighted<EducationLevel>(r, [['secondary', 10], ['vocational', 8], ['bachelor', 37], ['master', 35], ['doctorate', 10]]),
    englishLevel: weighted<EnglishLevel>(r, [['A2', 8], ['B1', 20], ['B2', 32], ['C1', 28], ['C2', 12]]),
    profession: pick(r, PROFESSIONS),
    householdSize: weighted(r, [[1, 70], [2, 22], [3, 6], [4, 2]]),
    region: pick(r, REGIONS),
    excludeFromStatistics: r() < 0.05,
    caseworkerIndex: index % Math.max(1, options.caseworkers ?? 1),
    kase: { kind, status, i589ReceiptNumber: past(filedOn) && kind === 'affirmative' ? `ZLA${String(int(r, 0, 9_999_999_999)).padStart(10, '0')}` : null, milestones },
    housing,
    needs,
    notes: Array.from({ length: int(r, 0, 2) }, () => pick(r, NOTES)),
  };
}

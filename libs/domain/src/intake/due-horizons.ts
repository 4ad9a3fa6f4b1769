/**
 * How far ahead the caseworker's dashboard looks, and how loudly it speaks, by what is at stake.
 * A missed one-year deadline can cost the whole asylum claim, and preparing an I-589 takes weeks, so it
 * shows from 90 days ahead; interviews, hearings and biometrics show for the coming 14 days.
 */
export type DueStage = 'overdue' | 'critical' | 'soon' | 'upcoming';

export const ONE_YEAR_DEADLINE_HORIZON_DAYS = 90;
export const APPOINTMENT_HORIZON_DAYS = 14;
/** Appointment milestones: dated ahead when scheduled. */
export const APPOINTMENT_TYPES: readonly string[] = ['INTERVIEW', 'MASTER_HEARING', 'MERITS_HEARING', 'BIOMETRICS'];

/** Stages of a one-year deadline `days` away: past → overdue, ≤ 14 critical, ≤ 30 soon, ≤ 90 upcoming. */
export function oneYearDeadlineStage(days: number): DueStage | null {
  if (days < 0) return 'overdue';
  if (days <= 14) return 'critical';
  if (days <= 30) return 'soon';
  if (days <= ONE_YEAR_DEADLINE_HORIZON_DAYS) return 'upcoming';
  return null;
}

/** Stages of an appointment `days` away: today or tomorrow → critical, within a week → soon, within 14 days → upcoming. */
export function appointmentStage(days: number): DueStage | null {
  if (days < 0 || days > APPOINTMENT_HORIZON_DAYS) return null;
  if (days <= 1) return 'critical';
  if (days <= 7) return 'soon';
  return 'upcoming';
}

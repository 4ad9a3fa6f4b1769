import { appointmentStage, oneYearDeadlineStage } from './due-horizons';

describe('oneYearDeadlineStage', () => {
  it.each<[number, string | null]>([
    [-1, 'overdue'],
    [0, 'critical'],
    [14, 'critical'],
    [15, 'soon'],
    [30, 'soon'],
    [31, 'upcoming'],
    [88, 'upcoming'],
    [90, 'upcoming'],
    [91, null],
  ])('%i days away → %s', (days, stage) => expect(oneYearDeadlineStage(days)).toBe(stage));
});

describe('appointmentStage', () => {
  it.each<[number, string | null]>([
    [-1, null],
    [0, 'critical'],
    [1, 'critical'],
    [2, 'soon'],
    [7, 'soon'],
    [8, 'upcoming'],
    [14, 'upcoming'],
    [15, null],
  ])('%i days away → %s', (days, stage) => expect(appointmentStage(days)).toBe(stage));
});
